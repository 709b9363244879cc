// Laboratory results: the negative (and pending) rows matched to a contact are recorded in one
// transaction through the result service (lib/lab-results/record-test-result.ts), so every rule
// of a single result holds; positives wait for a per-person confirmation (confirm-positive.ts).
import type { SessionUser } from "@/lib/auth/user";
import { recordAudit } from "@/lib/audit/record";
import type { Prisma } from "@/lib/db";
import { AppError, type FieldIssue } from "@/lib/errors";
import type { ImportBatch } from "@/lib/generated/prisma/client";
import { recordTestResult } from "@/lib/lab-results/record-test-result";
import { todayFor } from "@/lib/transaction";
import { parseInput } from "@/lib/validation/parse-input";
import { checkLabImport, type LabRow } from "./check-lab-import";
import type { CommitAnswer } from "./commit-import";
import type { ImportOptions } from "./preview-import";
import { commitImportSchema } from "./settings";

const fieldsOf = (rows: LabRow[]): FieldIssue[] =>
  rows.flatMap((r) =>
    (r.issues.length ? r.issues : [{ field: null, key: "imports.lab.notMatched" }]).map((i) => ({ path: `rows.${r.n}${i.field ? `.${i.field}` : ""}`, key: i.key, values: { ...i.values, row: r.n } })),
  );

/** The result as the service takes it, from a parsed row. */
export function resultInput(row: LabRow) {
  const p = row.parsed!;
  return { sampleDate: p.sampleDate, result: p.result, ...(p.lab ? { lab: p.lab } : {}), ...(p.ctOrf1ab !== undefined ? { ctOrf1ab: p.ctOrf1ab } : {}), ...(p.ctN !== undefined ? { ctN: p.ctN } : {}) };
}

export async function commitLabImport(tx: Prisma.TransactionClient, user: SessionUser, batch: ImportBatch, input: unknown, opts: ImportOptions): Promise<CommitAnswer> {
  const settings = parseInput(commitImportSchema, input);
  const checked = await checkLabImport(tx, user, batch, settings, todayFor(opts));
  if (checked.missing.length) throw new AppError("VALIDATION", "imports.errors.missingColumns", { columns: checked.missing.map((d) => d.zh).join("、") });
  const open = checked.rows.filter((r) => r.status !== "RECORDED");
  const positives = open.filter((r) => r.status === "MATCHED" && r.result === "POSITIVE");
  const toRecord = open.filter((r) => r.status === "MATCHED" && r.result !== "POSITIVE");
  const bad = open.filter((r) => r.status !== "MATCHED");
  if (bad.length && settings.mode === "ALL") {
    throw new AppError("VALIDATION", "imports.errors.rowsInvalid", { count: bad.length, rows: checked.rows.length }, fieldsOf(bad).slice(0, 500));
  }
  if (toRecord.length === 0) throw new AppError("VALIDATION", "imports.errors.nothingValid");
  const recorded = { ...((batch.recorded ?? {}) as Record<string, string>) };
  for (const row of toRecord) {
    try {
      const { testResult } = await recordTestResult(user, row.contactId!, resultInput(row), { ...opts, db: tx });
      recorded[row.n] = testResult.id;
    } catch (e) {
      // The whole list rolls back; the row that failed is named.
      if (e instanceof AppError) throw new AppError(e.code, "imports.errors.rowRefused", { row: row.n }, [{ path: `rows.${row.n}`, key: e.key, values: { ...e.values, row: row.n } }]);
      throw e;
    }
  }
  const done = Object.keys(recorded).length === checked.rows.length;
  await tx.importBatch.update({
    where: { id: batch.id },
    data: { recorded, version: { increment: 1 }, ...(done ? { status: "COMMITTED", committedAt: new Date() } : {}) },
  });
  const answer: CommitAnswer = { importId: batch.id, imported: toRecord.length, merged: 0, skippedRows: bad.map((r) => r.n), positivesToConfirm: positives.map((r) => r.n) };
  await recordAudit(tx, {
    actor: user,
    action: "import.commit",
    entity: "ImportBatch",
    entityId: batch.id,
    countyCode: batch.countyCode,
    after: { kind: batch.kind, mode: settings.mode, imported: answer.imported, skippedRows: answer.skippedRows, positivesToConfirm: answer.positivesToConfirm },
  });
  return answer;
}
