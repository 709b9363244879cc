import { NextResponse } from "next/server";
import { apiRoute, readJson } from "@/lib/http/api";
import { recordTestResult } from "@/lib/lab-results/record-test-result";

/** A POSITIVE result also answers `escalation: {caseId, upgradedContactIds}`. */
export const POST = apiRoute<{ id: string }>(async ({ req, user, params }) =>
  NextResponse.json(await recordTestResult(user, params.id, await readJson(req)), { status: 201 }),
);
