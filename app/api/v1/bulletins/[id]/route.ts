import { NextResponse } from "next/server";
import { getBulletin } from "@/lib/bulletins/list-bulletins";
import { updateBulletin } from "@/lib/bulletins/workflow";
import { apiRoute, readJson } from "@/lib/http/api";

export const GET = apiRoute<{ id: string }>(async ({ user, params }) => NextResponse.json(await getBulletin(user, params.id)));

export const PATCH = apiRoute<{ id: string }>(async ({ req, user, params }) => NextResponse.json(await updateBulletin(user, params.id, await readJson(req))));
