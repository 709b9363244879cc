// POST /api/v1/imports/{id}/commit: the staged file checked once more inside the transaction
// that writes it, then registered all at once by the batch registration service — every row,
// or only the valid ones when the user chose so; never a part of what was asked
// (docs/decisions/0017-import-pipeline.md).
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/user";
import { recordAudit } from "@/lib/audit/record";
import { loadCase } from "@/lib/cases/load-case";
import { fromDbDate } from "@/lib/calendar";
import type { Prisma } from "@/lib/db";
import { lockCaseRow } from "@/lib/db-locks";
import { AppError, validationError, type FieldIssue } from "@/lib/errors";
import type { ImportBatch } from "@/lib/generated/prisma/client";
import { registerBatch } from "@/lib/contacts/register-batch";
import { DEFAULT_LOCALE } from "@/lib/i18n/config";
import { dbFor, inTransaction, todayFor } from "@/lib/transaction";
import { parseInput } from "@/lib/validation/parse-input";
import { checkContactImport, issuesByRow, type CheckedRow } from "./check-contact-import";
import { commitLabImport } from "./commit-lab";
import { loadImport, lockStagedImport } from "./load-import";
import type { ImportOptions } from "./preview-import";
import { commitImportSchema } from "./settings";

/**
 * 10,000 rows commit in about 20 s on the development machine; a loaded machine (or the
 * embedded database) can take several times that, and a refusal at 60 s would lose the work.
 */
const COMMIT_TIMEOUT_MS = 300_000;

export interface CommitAnswer {
  importId: string;
  /** Rows written. */
  imported: number;
  /** Contacts: rows merged into a running plan as re-exposure. */
  merged: number;
  /** Rows left out (VALID_ONLY), by sheet row number. */
  skippedRows: number[];
  /** Lab results: positive rows waiting for their per-person confirmation. */
  positivesToConfirm: number[];
}

/** Issues of rows as the commit's refusal: one field per issue, `rows.<n>.<field>`. */
function rowFields(rows: { n: number; issues: { field: string | null; key: string; values?: Record<string, string | number> }[] }[]): FieldIssue[] {
  return rows.flatMap((r) => r.issues.map((i) => ({ path: `rows.${r.n}${i.field ? `.${i.field}` : ""}`, key: i.key, values: { ...i.values, row: r.n } })));
}

async function commitContacts(tx: Prisma.TransactionClient, user: SessionUser, batch: ImportBatch, input: unknown, opts: ImportOptions): Promise<CommitAnswer> {
  const settings = parseInput(commitImportSchema, input);
  const today = todayFor(opts);
  const source = await loadCase(tx, user, batch.sourceCaseId);
  // Serializes with every other registration under this case, as registerContacts does.
  await lockCaseRow(tx, source.id);
  const checked = await checkContactImport(tx, user, batch, source, settings, today);
  if (checked.missing.length) {
    const locale = opts.locale ?? DEFAULT_LOCALE;
    throw validationError(checked.missing.map((d) => ({ path: `mapping.${d.field}`, key: "imports.errors.missingColumn", values: { column: locale === "en" ? d.en : d.zh } })));
  }
  const bad = checked.rows.filter((r) => r.status !== "OK");
  if (bad.length && settings.mode === "ALL") {
    throw new AppError("VALIDATION", "imports.errors.rowsInvalid", { count: bad.length, rows: checked.rows.length }, rowFields(bad.map(withDecisionIssue)).slice(0, 500));
  }
  const good = checked.rows.filter((r) => r.status === "OK");
  if (good.length === 0) throw new AppError("VALIDATION", "imports.errors.nothingValid");
  let registered;
  try {
    registered = await registerBatch(
      tx,
      user,
      { kind: "CASE", id: source.id, countyCode: source.countyCode, personId: source.personId, classification: source.classification, confirmedDate: fromDbDate(source.confirmedDate) },
      good.map((r) => r.parsed!),
      today,
    );
  } catch (e) {
    // A row that changed between the check and the write: named by its sheet row.
    if (e instanceof AppError && e.fields.length) {
      const byRow = issuesByRow(e.fields, good.map((r) => r.n));
      throw new AppError(e.code, e.key, e.values, rowFields([...byRow].map(([n, issues]) => ({ n, issues }))), e.details);
    }
    throw e;
  }
  const answer: CommitAnswer = {
    importId: batch.id,
    imported: registered.length,
    merged: registered.filter((r) => r.status === "MERGED").length,
    skippedRows: bad.map((r) => r.n),
    positivesToConfirm: [],
  };
  await tx.importBatch.update({ where: { id: batch.id }, data: { status: "COMMITTED", committedAt: new Date(), result: { ...answer }, version: { increment: 1 } } });
  await recordAudit(tx, {
    actor: user,
    action: "import.commit",
    entity: "ImportBatch",
    entityId: batch.id,
    countyCode: batch.countyCode,
    after: { kind: batch.kind, mode: settings.mode, imported: answer.imported, merged: answer.merged, skippedRows: answer.skippedRows, sourceCaseId: source.id },
  });
  return answer;
}

/** A row waiting for a decision about its matches says so. */
function withDecisionIssue(r: CheckedRow): CheckedRow {
  return r.status === "DECIDE" ? { ...r, issues: [...r.issues, { field: "idNumber", key: "imports.errors.undecidedMatch" }] } : r;
}

export async function commitImport(user: SessionUser, id: string, input: unknown, opts: ImportOptions = {}): Promise<CommitAnswer> {
  const peek = await loadImport(dbFor(opts), user, id);
  assertCan(user, peek.kind === "CONTACTS" ? "contact:write" : "test:write");
  return inTransaction(opts, async (tx) => {
    const batch = await lockStagedImport(tx, user, id, peek.kind);
    const inner = { ...opts, db: tx };
    return batch.kind === "CONTACTS" ? commitContacts(tx, user, batch, input, inner) : commitLabImport(tx, user, batch, input, inner);
  }, COMMIT_TIMEOUT_MS);
}

