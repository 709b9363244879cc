import { NextResponse } from "next/server";
import { apiRoute, readJson } from "@/lib/http/api";
import { createCounty } from "@/lib/jurisdictions/create-county";

export const POST = apiRoute(async ({ req, user }) =>
  NextResponse.json(await createCounty(user, await readJson(req)), { status: 201 }),
);
