// The grid's rows checked in the browser by the server's own schema
// (lib/contacts/schemas.ts makeRegisterContactsSchema), so each problem shows at its cell
// before saving, with the message the server would answer (catalogue keys with values).
// A row is checked when it changes (results are kept per row values), so a keystroke checks
// one row; the same person entered twice is found by the server's person key (rowPersonKey).
import "@/lib/validation/browser-zod";
import { makeRegisterContactsSchema } from "@/lib/contacts/schemas";
import { rowPersonKey } from "@/lib/persons/identity";
import { controlCharIssues, toFieldIssues } from "@/lib/validation/parse-input";
import { ALL_FIELDS, type FieldName, type GridMode } from "./columns";
import { isBlankRow, type GridRow, type RowValues } from "./grid-rows";
import { toPayloadRow } from "./payload";

export interface CellIssue {
  key: string;
  values?: Record<string, string | number>;
}
export type RowIssues = Partial<Record<FieldName, CellIssue>>;

const isField = (f: string | undefined): f is FieldName => f !== undefined && (ALL_FIELDS as readonly string[]).includes(f);

type Schema = ReturnType<typeof makeRegisterContactsSchema>;
const checkers = new Map<string, { schema: Schema; done: WeakMap<RowValues, RowIssues> }>();

function checkerFor(mode: GridMode, today: string) {
  const key = `${mode}|${today}`;
  let checker = checkers.get(key);
  if (!checker) {
    checker = { schema: makeRegisterContactsSchema(mode, today), done: new WeakMap() };
    checkers.set(key, checker);
  }
  return checker;
}

/** The issues of one row, as the server would name them; the first issue of each cell. */
export function validateRow(values: RowValues, mode: GridMode, today: string): RowIssues {
  const checker = checkerFor(mode, today);
  const cached = checker.done.get(values);
  if (cached) return cached;
  const body = { contacts: [toPayloadRow(values, mode)] };
  const result = checker.schema.safeParse(body);
  const fieldIssues = [...controlCharIssues(body), ...(result.success ? [] : toFieldIssues(result.error, body))];
  const issues: RowIssues = {};
  for (const issue of fieldIssues) {
    const field = issue.path.split(".")[2];
    // One row alone cannot be a duplicate of another: that is checked across rows below.
    if (isField(field) && !issues[field] && issue.key !== "registry.errors.duplicateInBatch") {
      issues[field] = issue.values ? { key: issue.key, values: issue.values } : { key: issue.key };
    }
  }
  checker.done.set(values, issues);
  return issues;
}

/** Rows that are the same person as an earlier row: both rows marked, each naming the other (1-based). */
export function duplicateIssues(rows: GridRow[], today: string): Map<string, RowIssues> {
  const out = new Map<string, RowIssues>();
  const firstOf = new Map<string, number>();
  rows.forEach((row, i) => {
    if (isBlankRow(row.values, today)) return;
    const key = rowPersonKey(row.values);
    if (key === null) return;
    const first = firstOf.get(key);
    if (first === undefined) {
      firstOf.set(key, i);
      return;
    }
    const field: FieldName = key.startsWith("id:") ? "idNumber" : "phone";
    out.set(row.key, { ...out.get(row.key), [field]: { key: "registry.errors.duplicateInBatch", values: { row: i + 1, otherRow: first + 1 } } });
    const firstKey = rows[first]!.key;
    if (!out.get(firstKey)?.[field]) {
      out.set(firstKey, { ...out.get(firstKey), [field]: { key: "registry.errors.duplicateInBatch", values: { row: first + 1, otherRow: i + 1 } } });
    }
  });
  return out;
}

/** Every non-blank row's issues, by row key (the row's own first, then duplicates). */
export function validateRows(rows: GridRow[], mode: GridMode, today: string): Map<string, RowIssues> {
  const out = new Map<string, RowIssues>();
  const dups = duplicateIssues(rows, today);
  for (const row of rows) {
    if (isBlankRow(row.values, today)) continue;
    out.set(row.key, { ...dups.get(row.key), ...validateRow(row.values, mode, today) });
  }
  return out;
}

export function hasIssues(issues: RowIssues | undefined): boolean {
  return issues !== undefined && Object.keys(issues).length > 0;
}
