import { NextResponse } from "next/server";
import { extendPhase } from "@/lib/contacts/extend-phase";
import { apiRoute, readJson } from "@/lib/http/api";

/** Shortening a phase is 422. */
export const POST = apiRoute<{ id: string }>(async ({ req, user, params }) =>
  NextResponse.json(await extendPhase(user, params.id, await readJson(req))),
);
