import { NextResponse } from "next/server";
import { recordHealthCheck } from "@/lib/health/record-health-check";
import { apiRoute, readJson } from "@/lib/http/api";

export const POST = apiRoute<{ id: string }>(async ({ req, user, params }) =>
  NextResponse.json(await recordHealthCheck(user, params.id, await readJson(req)), { status: 201 }),
);
