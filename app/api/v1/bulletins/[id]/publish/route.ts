import { NextResponse } from "next/server";
import { publishBulletin } from "@/lib/bulletins/workflow";
import { apiRoute, readJson } from "@/lib/http/api";

export const POST = apiRoute<{ id: string }>(async ({ req, user, params }) => NextResponse.json(await publishBulletin(user, params.id, await readJson(req))));
