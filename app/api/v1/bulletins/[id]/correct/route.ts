import { NextResponse } from "next/server";
import { correctBulletin } from "@/lib/bulletins/workflow";
import { apiRoute, readJson } from "@/lib/http/api";

export const POST = apiRoute<{ id: string }>(async ({ req, user, params }) => NextResponse.json(await correctBulletin(user, params.id, await readJson(req)), { status: 201 }));
