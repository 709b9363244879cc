import { NextResponse } from "next/server";
import { apiRoute, readJson } from "@/lib/http/api";
import { updatePrefecture } from "@/lib/jurisdictions/update-county";

export const PATCH = apiRoute(async ({ req, user }) => NextResponse.json(await updatePrefecture(user, await readJson(req))));
