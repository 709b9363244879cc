import { NextResponse } from "next/server";
import { releaseContact } from "@/lib/contacts/release-contact";
import { apiRoute, readJson } from "@/lib/http/api";

/** 409 with the reason while release is refused (too early, a test missing or positive). */
export const POST = apiRoute<{ id: string }>(async ({ req, user, params }) =>
  NextResponse.json(await releaseContact(user, params.id, await readJson(req))),
);
