import { NextResponse } from "next/server";
import { apiRoute, readJson } from "@/lib/http/api";
import { listPolicyVersions } from "@/lib/policy/list-policies";
import { createPolicyVersion } from "@/lib/policy/create-policy";

export const GET = apiRoute(async ({ user }) => NextResponse.json(await listPolicyVersions(user)));

/** A new version becomes current for plans computed from now on; existing plans keep theirs. */
export const POST = apiRoute(async ({ req, user }) =>
  NextResponse.json(await createPolicyVersion(user, await readJson(req)), { status: 201 }),
);
