import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/http/api";
import { readUpload } from "@/lib/http/read-upload";
import { MAX_FILE_BYTES } from "@/lib/imports/limits";
import { fileTooLarge, stageImport } from "@/lib/imports/stage-import";

/** multipart/form-data: `file` (.xlsx or .csv), `kind` (CONTACTS | LAB_RESULTS), `caseId` for contacts. */
export const POST = apiRoute(async ({ req, user, locale }) => {
  const { fields, file } = await readUpload(req, MAX_FILE_BYTES, fileTooLarge);
  return NextResponse.json(await stageImport(user, { ...fields, fileName: file.name }, file.bytes, { locale }), { status: 201 });
});
