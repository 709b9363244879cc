import { NextResponse } from "next/server";
import { registerContacts } from "@/lib/contacts/register-contacts";
import { apiRoute, readJson } from "@/lib/http/api";

/** Close and general contacts of a case, all or nothing. */
export const POST = apiRoute<{ id: string }>(async ({ req, user, params }) =>
  NextResponse.json(await registerContacts(user, params.id, await readJson(req)), { status: 201 }),
);
