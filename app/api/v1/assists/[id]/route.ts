import { NextResponse } from "next/server";
import { getAssist } from "@/lib/assists/list-assists";
import { apiRoute } from "@/lib/http/api";

export const GET = apiRoute<{ id: string }>(async ({ user, params }) => NextResponse.json(await getAssist(user, params.id)));
