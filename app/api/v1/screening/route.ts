import { NextResponse } from "next/server";
import { apiRoute, readJson } from "@/lib/http/api";
import { queryOf } from "@/lib/http/query";
import { createScreeningItem } from "@/lib/screening/add-items";
import { listScreening } from "@/lib/screening/list-items";

export const GET = apiRoute(async ({ req, user }) => NextResponse.json(await listScreening(user, queryOf(req))));

/** One person of a push list into the user's county queue. */
export const POST = apiRoute(async ({ req, user }) => NextResponse.json(await createScreeningItem(user, await readJson(req)), { status: 201 }));
