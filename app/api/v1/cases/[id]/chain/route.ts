import { NextResponse } from "next/server";
import { getCaseChain } from "@/lib/chains/get-chains";
import { apiRoute } from "@/lib/http/api";
import { queryOf } from "@/lib/http/query";

export const GET = apiRoute<{ id: string }>(async ({ req, user, params }) => NextResponse.json(await getCaseChain(user, params.id, queryOf(req))));
