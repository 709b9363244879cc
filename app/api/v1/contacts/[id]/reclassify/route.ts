import { NextResponse } from "next/server";
import { reclassifyContact } from "@/lib/contacts/reclassify-contact";
import { apiRoute, readJson } from "@/lib/http/api";

/** Ends the plan early with a reason (e.g. the source case was ruled out); audited. */
export const POST = apiRoute<{ id: string }>(async ({ req, user, params }) =>
  NextResponse.json(await reclassifyContact(user, params.id, await readJson(req))),
);
