import { NextResponse } from "next/server";
import { apiRoute, readJson } from "@/lib/http/api";
import { getSite } from "@/lib/sites/get-site";
import { updateSite } from "@/lib/sites/update-site";

export const GET = apiRoute<{ id: string }>(async ({ user, params }) => NextResponse.json(await getSite(user, params.id)));

/** Optimistic lock on `version`; capacity never below the current occupancy. */
export const PATCH = apiRoute<{ id: string }>(async ({ req, user, params }) =>
  NextResponse.json(await updateSite(user, params.id, await readJson(req))),
);
