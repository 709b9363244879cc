import { NextResponse } from "next/server";
import { apiRoute, readJson } from "@/lib/http/api";
import { confirmPositive } from "@/lib/imports/confirm-positive";

/** One positive row of a lab list, confirmed for one person: escalates as a single positive result. */
export const POST = apiRoute<{ id: string }>(async ({ req, user, params, locale }) =>
  NextResponse.json(await confirmPositive(user, params.id, await readJson(req, { maxBytes: 8 * 1024 * 1024 }), { locale }), { status: 201 }),
);
