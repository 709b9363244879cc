import { NextResponse } from "next/server";
import { apiRoute, readJson } from "@/lib/http/api";
import { resolveScreeningItem } from "@/lib/screening/resolve-item";

/** The verification's outcome: contact, health monitoring, forwarded, unreachable. */
export const POST = apiRoute<{ id: string }>(async ({ req, user, params }) =>
  NextResponse.json(await resolveScreeningItem(user, params.id, await readJson(req))),
);
