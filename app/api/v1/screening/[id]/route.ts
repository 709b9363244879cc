import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/http/api";
import { getScreeningItem } from "@/lib/screening/list-items";

export const GET = apiRoute<{ id: string }>(async ({ user, params }) => NextResponse.json(await getScreeningItem(user, params.id)));
