import { NextResponse } from "next/server";
import { apiRoute, readJson } from "@/lib/http/api";
import { queryOf } from "@/lib/http/query";
import { createSite } from "@/lib/sites/create-site";
import { listSites } from "@/lib/sites/list-sites";

export const GET = apiRoute(async ({ req, user }) => NextResponse.json(await listSites(user, queryOf(req))));

export const POST = apiRoute(async ({ req, user }) =>
  NextResponse.json(await createSite(user, await readJson(req)), { status: 201 }),
);
