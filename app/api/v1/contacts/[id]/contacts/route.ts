import { NextResponse } from "next/server";
import { registerSecondaryContacts } from "@/lib/contacts/register-secondary-contacts";
import { apiRoute, readJson } from "@/lib/http/api";

/** Secondary contacts of a close contact, all or nothing. */
export const POST = apiRoute<{ id: string }>(async ({ req, user, params }) =>
  NextResponse.json(await registerSecondaryContacts(user, params.id, await readJson(req)), { status: 201 }),
);
