import { NextResponse } from "next/server";
import { getCountyFigures } from "@/lib/dashboard/county-figures";
import { apiRoute } from "@/lib/http/api";
import { queryOf } from "@/lib/http/query";

export const GET = apiRoute(async ({ req, user }) => NextResponse.json(await getCountyFigures(user, queryOf(req))));
