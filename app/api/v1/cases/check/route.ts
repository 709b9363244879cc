import { NextResponse } from "next/server";
import { checkCase } from "@/lib/cases/check-case";
import { apiRoute, readJson } from "@/lib/http/api";

/** The matches of a new case before saving (nothing is written). */
export const POST = apiRoute(async ({ req, user }) => NextResponse.json(await checkCase(user, await readJson(req))));
