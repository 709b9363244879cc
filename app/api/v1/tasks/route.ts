import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/http/api";
import { queryOf } from "@/lib/http/query";
import { getTasks } from "@/lib/tasks/get-tasks";

export const GET = apiRoute(async ({ req, user }) => NextResponse.json(await getTasks(user, queryOf(req))));
