import { randomUUID } from "node:crypto";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/user";
import { validationError, type FieldIssue } from "@/lib/errors";
import { inTransaction, todayFor, type ServiceOptions } from "@/lib/transaction";
import { toFieldIssues } from "@/lib/validation/parse-input";
import { addItems, screeningPersonKey } from "./add-items";
import { readPushList } from "./read-push-list";
import { makeScreeningRowSchema, type ScreeningRow } from "./schemas";

export interface ImportResult {
  imported: number;
  importBatch: string;
  ignoredColumns: string[];
}

/**
 * Imports a push list into the user's county queue, all rows or none. Every bad row is named
 * by its spreadsheet row and column (`rows.<row>.<field>`): malformed values, a person twice
 * in the file, a person already open in the queue.
 */
export async function importPushList(user: SessionUser, bytes: Uint8Array, opts?: ServiceOptions): Promise<ImportResult> {
  assertCan(user, "contact:write");
  const now = opts?.now ?? new Date();
  const list = await readPushList(bytes);
  const schema = makeScreeningRowSchema(now, todayFor(opts));
  const issues: FieldIssue[] = [];
  const rows: ScreeningRow[] = [];
  const lines: number[] = [];
  const firstLineOf = new Map<string, number>();
  for (const { line, values } of list.rows) {
    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      for (const issue of toFieldIssues(parsed.error, values)) issues.push({ ...issue, path: `rows.${line}.${issue.path || "name"}`, values: { ...issue.values, row: line } });
      continue;
    }
    const key = screeningPersonKey(parsed.data);
    const first = firstLineOf.get(key);
    if (first !== undefined) {
      issues.push({ path: `rows.${line}.${parsed.data.idNumber ? "idNumber" : "phone"}`, key: "errors.screening.duplicateInFile", values: { row: line, otherRow: first } });
      continue;
    }
    firstLineOf.set(key, line);
    rows.push(parsed.data);
    lines.push(line);
  }
  if (issues.length) throw validationError(issues);
  const importBatch = randomUUID();
  await inTransaction(opts, (tx) => addItems(tx, user, rows, { rowPath: (i) => `rows.${lines[i]}.${rows[i]!.idNumber ? "idNumber" : "phone"}`, importBatch }));
  return { imported: rows.length, importBatch, ignoredColumns: list.ignoredColumns };
}
