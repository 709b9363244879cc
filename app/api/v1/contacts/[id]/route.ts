import { NextResponse } from "next/server";
import { recordPersonAccess } from "@/lib/audit/access-log";
import { getContact } from "@/lib/contacts/get-contact";
import { updateContact } from "@/lib/contacts/update-contact";
import { apiRoute, readJson } from "@/lib/http/api";

/** Each read is logged (who viewed whom, when: docs/decisions/0015-audit-trail.md). */
export const GET = apiRoute<{ id: string }>(async ({ user, params }) => {
  const contact = await getContact(user, params.id);
  await recordPersonAccess(user, { entity: "Contact", ...contact }, "api");
  return NextResponse.json(contact);
});

/** Optimistic lock: `version` is the one read; a newer one answers 409 STALE. */
export const PATCH = apiRoute<{ id: string }>(async ({ req, user, params }) =>
  NextResponse.json(await updateContact(user, params.id, await readJson(req))),
);
