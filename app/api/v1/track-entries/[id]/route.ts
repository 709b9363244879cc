import { NextResponse } from "next/server";
import { removeTrackEntry } from "@/lib/cases/remove-track-entry";
import { updateTrackEntry } from "@/lib/cases/update-track-entry";
import { apiRoute, readJson } from "@/lib/http/api";

export const PATCH = apiRoute<{ id: string }>(async ({ req, user, params }) =>
  NextResponse.json(await updateTrackEntry(user, params.id, await readJson(req))),
);

/** Hides the entry (kept and audited: staff never hard-delete). */
export const DELETE = apiRoute<{ id: string }>(async ({ user, params }) => NextResponse.json(await removeTrackEntry(user, params.id)));
