import { NextResponse } from "next/server";
import { getContact } from "@/lib/contacts/get-contact";
import { updateContact } from "@/lib/contacts/update-contact";
import { apiRoute, readJson } from "@/lib/http/api";

export const GET = apiRoute<{ id: string }>(async ({ user, params }) => NextResponse.json(await getContact(user, params.id)));

/** Optimistic lock: `version` is the one read; a newer one answers 409 STALE. */
export const PATCH = apiRoute<{ id: string }>(async ({ req, user, params }) =>
  NextResponse.json(await updateContact(user, params.id, await readJson(req))),
);
