import { NextResponse } from "next/server";
import { listBulletins } from "@/lib/bulletins/list-bulletins";
import { createBulletin } from "@/lib/bulletins/workflow";
import { apiRoute, readJson } from "@/lib/http/api";

export const GET = apiRoute(async ({ user }) => NextResponse.json({ items: await listBulletins(user) }));

export const POST = apiRoute(async ({ req, user }) => NextResponse.json(await createBulletin(user, await readJson(req)), { status: 201 }));
