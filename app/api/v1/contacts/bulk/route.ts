import { NextResponse } from "next/server";
import { bulkAction, bulkAnswer } from "@/lib/bulk/bulk-action";
import { apiRoute, readJson } from "@/lib/http/api";

/** One action for a selection; refusals per person (docs/decisions/0023-bulk-actions.md). */
export const POST = apiRoute(async ({ req, user, locale }) => NextResponse.json(bulkAnswer(await bulkAction(user, await readJson(req)), locale)));
