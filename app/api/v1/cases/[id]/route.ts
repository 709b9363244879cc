import { NextResponse } from "next/server";
import { recordPersonAccess } from "@/lib/audit/access-log";
import { getCase } from "@/lib/cases/get-case";
import { updateCase } from "@/lib/cases/update-case";
import { apiRoute, readJson } from "@/lib/http/api";

/** Each read is logged (who viewed whom, when: docs/decisions/0015-audit-trail.md). */
export const GET = apiRoute<{ id: string }>(async ({ user, params }) => {
  const record = await getCase(user, params.id);
  await recordPersonAccess(user, { entity: "Case", ...record }, "api");
  return NextResponse.json(record);
});

/** Optimistic lock: `version` is the one read; a newer one answers 409 STALE. */
export const PATCH = apiRoute<{ id: string }>(async ({ req, user, params }) =>
  NextResponse.json(await updateCase(user, params.id, await readJson(req))),
);
