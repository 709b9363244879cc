import { NextResponse } from "next/server";
import { apiRoute, readJson } from "@/lib/http/api";
import { recordAttempt } from "@/lib/screening/record-attempt";

/** A try to reach the person (time, method, note). */
export const POST = apiRoute<{ id: string }>(async ({ req, user, params }) =>
  NextResponse.json(await recordAttempt(user, params.id, await readJson(req)), { status: 201 }),
);
