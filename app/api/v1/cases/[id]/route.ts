import { NextResponse } from "next/server";
import { getCase } from "@/lib/cases/get-case";
import { updateCase } from "@/lib/cases/update-case";
import { apiRoute, readJson } from "@/lib/http/api";

export const GET = apiRoute<{ id: string }>(async ({ user, params }) => NextResponse.json(await getCase(user, params.id)));

/** Optimistic lock: `version` is the one read; a newer one answers 409 STALE. */
export const PATCH = apiRoute<{ id: string }>(async ({ req, user, params }) =>
  NextResponse.json(await updateCase(user, params.id, await readJson(req))),
);
