// POST /api/v1/imports: an uploaded file is read (streaming, lib/imports/read-sheet.ts) and staged
// for the preview; nothing is registered yet (docs/decisions/0017-import-pipeline.md).
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/user";
import { recordAudit } from "@/lib/audit/record";
import { loadCase } from "@/lib/cases/load-case";
import { AppError, forbidden } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/config";
import { inTransaction, type ServiceOptions } from "@/lib/transaction";
import { parseInput } from "@/lib/validation/parse-input";
import { z } from "zod";
import { MAX_FILE_BYTES } from "./limits";
import { previewOf } from "./preview-import";
import { readSheet } from "./read-sheet";

export const stageImportSchema = z.object({
  kind: z.enum(["CONTACTS", "LAB_RESULTS"]),
  /** CONTACTS: the case the contacts are registered under. */
  caseId: z.uuid({ error: "errors.invalidValue" }).optional(),
  fileName: z.string().trim().min(1, "errors.required").max(200),
});

export const fileTooLarge = () => new AppError("PAYLOAD_TOO_LARGE", "imports.errors.fileTooLarge", { max: MAX_FILE_BYTES / 1024 / 1024 });

export async function stageImport(user: SessionUser, input: unknown, bytes: Buffer, opts: ServiceOptions & { locale?: Locale } = {}) {
  const data = parseInput(stageImportSchema, input);
  assertCan(user, data.kind === "CONTACTS" ? "contact:write" : "test:write");
  if (!user.countyCode) throw forbidden();
  if (data.kind === "CONTACTS" && !data.caseId) throw new AppError("VALIDATION", "errors.validation", {}, [{ path: "caseId", key: "errors.required" }]);
  if (bytes.length > MAX_FILE_BYTES) throw fileTooLarge();
  const sheet = await readSheet(bytes);
  return inTransaction(opts, async (tx) => {
    const countyCode = data.kind === "CONTACTS" ? (await loadCase(tx, user, data.caseId)).countyCode : user.countyCode!;
    const batch = await tx.importBatch.create({
      data: {
        kind: data.kind,
        countyCode,
        createdById: user.id,
        sourceCaseId: data.kind === "CONTACTS" ? data.caseId! : null,
        fileName: data.fileName,
        headers: sheet.headers,
        rows: sheet.rows as object[],
      },
    });
    await recordAudit(tx, {
      actor: user,
      action: "import.stage",
      entity: "ImportBatch",
      entityId: batch.id,
      countyCode,
      after: { kind: batch.kind, fileName: batch.fileName, rows: sheet.rows.length, sourceCaseId: batch.sourceCaseId },
    });
    return previewOf(tx, user, batch, {}, { ...opts, db: tx });
  });
}
