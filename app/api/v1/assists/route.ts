import { NextResponse } from "next/server";
import { listAssists } from "@/lib/assists/list-assists";
import { apiRoute } from "@/lib/http/api";
import { queryOf } from "@/lib/http/query";

export const GET = apiRoute(async ({ req, user }) => NextResponse.json(await listAssists(user, queryOf(req))));
