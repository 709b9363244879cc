import { NextResponse } from "next/server";
import { apiRoute, readJson } from "@/lib/http/api";
import { previewImport } from "@/lib/imports/preview-import";

/** Edits of a 10,000-row file can be larger than the usual 1 MB. */
export const POST = apiRoute<{ id: string }>(async ({ req, user, params, locale }) =>
  NextResponse.json(await previewImport(user, params.id, await readJson(req, { maxBytes: 8 * 1024 * 1024 }), { locale })),
);
