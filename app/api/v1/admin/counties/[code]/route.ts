import { NextResponse } from "next/server";
import { apiRoute, readJson } from "@/lib/http/api";
import { updateCounty } from "@/lib/jurisdictions/update-county";

/** Rename, deactivate (records kept, no new registrations) or reactivate a county. */
export const PATCH = apiRoute<{ code: string }>(async ({ req, user, params }) =>
  NextResponse.json(await updateCounty(user, params.code, await readJson(req))),
);
