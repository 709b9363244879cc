import { NextResponse } from "next/server";
import { apiRoute, readJson } from "@/lib/http/api";
import { commitImport } from "@/lib/imports/commit-import";

export const POST = apiRoute<{ id: string }>(async ({ req, user, params, locale }) =>
  NextResponse.json(await commitImport(user, params.id, await readJson(req, { maxBytes: 8 * 1024 * 1024 }), { locale }), { status: 201 }),
);
