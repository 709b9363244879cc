import { NextResponse } from "next/server";
import { apiRoute, readJson } from "@/lib/http/api";
import { previewPolicy } from "@/lib/policy/preview-policy";

/** A contact's plan under a draft policy, beside the current one; nothing is saved. */
export const POST = apiRoute(async ({ req, user }) => NextResponse.json(await previewPolicy(user, await readJson(req))));
