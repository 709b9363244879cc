import { NextResponse } from "next/server";
import { checkContactRows } from "@/lib/contacts/check-contact-rows";
import { apiRoute, readJson } from "@/lib/http/api";

/** The matches of each row before saving (nothing is written). */
export const POST = apiRoute<{ id: string }>(async ({ req, user, params }) =>
  NextResponse.json(await checkContactRows(user, { kind: "CASE", id: params.id }, await readJson(req))),
);
