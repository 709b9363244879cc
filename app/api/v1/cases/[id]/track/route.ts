import { NextResponse } from "next/server";
import { addTrackEntry } from "@/lib/cases/add-track-entry";
import { apiRoute, readJson } from "@/lib/http/api";

/** Adds a movement-track (行程轨迹) entry to the case. */
export const POST = apiRoute<{ id: string }>(async ({ req, user, params }) =>
  NextResponse.json(await addTrackEntry(user, params.id, await readJson(req)), { status: 201 }),
);
