import { NextResponse } from "next/server";
import { getDashboardSeries } from "@/lib/dashboard/get-series";
import { apiRoute } from "@/lib/http/api";
import { queryOf } from "@/lib/http/query";

export const GET = apiRoute(async ({ req, user }) => NextResponse.json(await getDashboardSeries(user, queryOf(req))));
