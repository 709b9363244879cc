import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/http/api";
import { queryOf } from "@/lib/http/query";
import { listTransfers } from "@/lib/transfers/list-transfers";

export const GET = apiRoute(async ({ req, user }) => NextResponse.json(await listTransfers(user, queryOf(req))));
