import { NextResponse } from "next/server";
import { listCases } from "@/lib/cases/list-cases";
import { registerCase } from "@/lib/cases/register-case";
import { apiRoute, readJson } from "@/lib/http/api";
import { queryOf } from "@/lib/http/query";

export const GET = apiRoute(async ({ req, user }) => NextResponse.json(await listCases(user, queryOf(req))));

export const POST = apiRoute(async ({ req, user }) =>
  NextResponse.json(await registerCase(user, await readJson(req)), { status: 201 }),
);
