import { NextResponse } from "next/server";
import { recordReexposure } from "@/lib/contacts/record-reexposure";
import { apiRoute, readJson } from "@/lib/http/api";

export const POST = apiRoute<{ id: string }>(async ({ req, user, params }) =>
  NextResponse.json(await recordReexposure(user, params.id, await readJson(req))),
);
