import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/http/api";
import { getTransfer } from "@/lib/transfers/list-transfers";

export const GET = apiRoute<{ id: string }>(async ({ user, params }) => NextResponse.json(await getTransfer(user, params.id)));
