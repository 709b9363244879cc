import { NextResponse } from "next/server";
import { getCountyChains } from "@/lib/chains/get-chains";
import { apiRoute } from "@/lib/http/api";
import { queryOf } from "@/lib/http/query";

export const GET = apiRoute(async ({ req, user }) => NextResponse.json(await getCountyChains(user, queryOf(req))));
