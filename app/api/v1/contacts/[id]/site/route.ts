import { NextResponse } from "next/server";
import { apiRoute, readJson } from "@/lib/http/api";
import { assignSite } from "@/lib/sites/assign-site";

/** `{siteId}` places or moves the contact; `{siteId: null}` takes it out. */
export const PUT = apiRoute<{ id: string }>(async ({ req, user, params }) =>
  NextResponse.json(await assignSite(user, params.id, await readJson(req))),
);
