// The checks the server will make, run in the browser before saving so each problem shows at
// its cell at once. Messages are catalogue keys with values, as the server's are.
import { compareDates, isValidIsoDate } from "@/lib/isolation/dates";
import { validateIdCard } from "@/lib/validation/id-card";
import { columnsFor, type FieldName, type GridMode } from "./columns";
import { isBlankRow, type GridRow, type RowValues } from "./grid-rows";

export interface CellIssue {
  key: string;
  values?: Record<string, string | number>;
}
export type RowIssues = Partial<Record<FieldName, CellIssue>>;

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
const PHONE = /^\+?[0-9][0-9 -]{2,19}$/;
const MAX_LENGTH: Partial<Record<FieldName, number>> = { name: 50, idNumber: 30, phone: 20 };
const ID_CARD_KEYS = {
  FORMAT: "registry.errors.idCardFormat",
  CHECK_DIGIT: "registry.errors.idCardCheckDigit",
  BIRTH_DATE: "registry.errors.idCardBirthDate",
} as const;

function dateIssue(value: string, futureKey: string, today: string): CellIssue | undefined {
  if (value === "") return { key: "errors.required" };
  if (!DATE_SHAPE.test(value)) return { key: "errors.invalidDate" };
  if (!isValidIsoDate(value)) return { key: "registry.errors.dateImpossible", values: { value } };
  if (compareDates(value, today) > 0) return { key: futureKey, values: { today } };
  return undefined;
}

export function validateRow(values: RowValues, mode: GridMode, today: string): RowIssues {
  const issues: RowIssues = {};
  const v = (f: FieldName) => values[f].trim();
  for (const column of columnsFor(mode)) {
    const value = v(column.field);
    const max = MAX_LENGTH[column.field];
    if (column.required && value === "" && column.kind !== "date") issues[column.field] = { key: "errors.required" };
    else if (max !== undefined && value.length > max) issues[column.field] = { key: "errors.tooLong", values: { max } };
    else if (column.kind === "select" && value !== "" && !column.options?.includes(value)) {
      const secondary = column.field === "category" && value === "SECONDARY";
      issues[column.field] = secondary ? { key: "registry.errors.secondaryUnderCase" } : { key: "cases.grid.errors.unknownLabel", values: { value } };
    }
  }
  if (!issues.idNumber && v("idNumber") !== "") {
    // The grid has no document-type column: every number is a resident ID card number.
    const result = validateIdCard(v("idNumber"), { today });
    if (!result.ok) issues.idNumber = { key: ID_CARD_KEYS[result.reason] };
  }
  if (!issues.phone && v("phone") !== "" && !PHONE.test(v("phone"))) issues.phone = { key: "registry.errors.phoneFormat" };
  const exposure = dateIssue(v("lastExposureDate"), "registry.errors.exposureInFuture", today);
  const identified = dateIssue(v("identifiedDate"), "registry.errors.identifiedInFuture", today);
  if (exposure) issues.lastExposureDate = exposure;
  if (identified) issues.identifiedDate = identified;
  if (!exposure && !identified && compareDates(v("identifiedDate"), v("lastExposureDate")) < 0) {
    issues.identifiedDate = { key: "registry.errors.identifiedBeforeExposure", values: { lastExposureDate: v("lastExposureDate") } };
  }
  return issues;
}

/** How the server matches people: by ID number, else by name + phone. */
function personKey(values: RowValues): string | null {
  const id = values.idNumber.trim().toUpperCase();
  if (id) return `id:${id}`;
  const phone = values.phone.trim();
  return phone ? `np:${values.name.trim()}\u0000${phone}` : null;
}

/**
 * Every non-blank row's issues, by row key, including the same person entered twice (both rows
 * are marked, each naming the other by its 1-based position in the grid).
 */
export function validateRows(rows: GridRow[], mode: GridMode, today: string): Map<string, RowIssues> {
  const out = new Map<string, RowIssues>();
  const firstOf = new Map<string, number>();
  rows.forEach((row, i) => {
    if (isBlankRow(row.values, today)) return;
    const issues = validateRow(row.values, mode, today);
    const key = personKey(row.values);
    if (key !== null) {
      const first = firstOf.get(key);
      if (first === undefined) {
        firstOf.set(key, i);
      } else {
        const field: FieldName = row.values.idNumber.trim() ? "idNumber" : "phone";
        issues[field] ??= { key: "registry.errors.duplicateInBatch", values: { row: i + 1, otherRow: first + 1 } };
        const firstIssues = out.get(rows[first]!.key) ?? {};
        firstIssues[field] ??= { key: "registry.errors.duplicateInBatch", values: { row: first + 1, otherRow: i + 1 } };
        out.set(rows[first]!.key, firstIssues);
      }
    }
    out.set(row.key, issues);
  });
  return out;
}

export function hasIssues(issues: RowIssues | undefined): boolean {
  return issues !== undefined && Object.keys(issues).length > 0;
}
