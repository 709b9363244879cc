import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/http/api";
import { listReferenceData } from "@/lib/jurisdictions/list-reference";

export const GET = apiRoute(async ({ user }) => NextResponse.json(await listReferenceData(user)));
