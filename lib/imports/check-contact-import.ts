// Every row of a contacts import checked by the registration's own rules — the same zod schema
// as the grid and the API (lib/contacts/schemas.ts) and the same match lookup as their check
// (lib/contacts/check-contact-rows.ts) — named by sheet row and column.
import type { SessionUser } from "@/lib/auth/user";
import type { Db, Prisma } from "@/lib/db";
import { AppError, type FieldIssue } from "@/lib/errors";
import type { ImportBatch } from "@/lib/generated/prisma/client";
import { matchRows } from "@/lib/contacts/check-contact-rows";
import type { RowMatches } from "@/lib/contacts/row-matches";
import { makeRegisterContactsSchema, type ContactRow } from "@/lib/contacts/schemas";
import { parseInput } from "@/lib/validation/parse-input";
import { CONTACT_COLUMNS, type ColumnDef, type Mapping } from "./columns";
import { MAX_ROWS } from "./limits";
import { sheetOf } from "./load-import";
import { columnIssues, effectiveMapping, mapRows, type Issue } from "./mapped-rows";
import type { ImportSettings } from "./settings";

export type RowStatus = "OK" | "ERROR" | "DECIDE" | "REFUSED";

export interface CheckedRow {
  n: number;
  text: Record<string, string>;
  status: RowStatus;
  issues: Issue[];
  matches?: Omit<RowMatches, "row" | "path">;
  /** Parsed as the registration takes it (rows without issues). */
  parsed?: ContactRow;
}

export interface CheckedImport {
  defs: ColumnDef[];
  mapping: Mapping;
  missing: ColumnDef[];
  ignored: string[];
  rows: CheckedRow[];
}

const REFUSAL_KEYS: Record<string, string> = {
  ALREADY_A_CASE: "registry.errors.alreadyACase",
  ACTIVE_CONTACT: "registry.errors.activeContactNotCase",
  PERSON_CONFLICT: "registry.errors.personConflict",
};

/** Issues of `contacts.<i>.<field>` paths as the rows' own, with row numbers of the sheet. */
export function issuesByRow(fields: FieldIssue[], sheetRows: number[]): Map<number, Issue[]> {
  const out = new Map<number, Issue[]>();
  for (const f of fields) {
    const m = /^contacts\.(\d+)(?:\.(\w+))?/.exec(f.path);
    const n = m ? sheetRows[Number(m[1])] : undefined;
    if (n === undefined) continue;
    const values = f.values ? { ...f.values } : undefined;
    // The schema numbers rows from 1 within the batch; the user knows the sheet's numbers.
    for (const k of ["row", "otherRow"] as const) {
      if (values && typeof values[k] === "number") values[k] = sheetRows[(values[k] as number) - 1] ?? values[k]!;
    }
    out.set(n, [...(out.get(n) ?? []), { field: m?.[2] ?? null, key: f.key, ...(values ? { values } : {}) }]);
  }
  return out;
}

function parseRows(values: Record<string, unknown>[], today: string): { parsed: ContactRow[] | null; fields: FieldIssue[] } {
  try {
    return { parsed: parseInput(makeRegisterContactsSchema("CASE", today, MAX_ROWS), { contacts: values }).contacts, fields: [] };
  } catch (e) {
    if (e instanceof AppError && e.code === "VALIDATION") return { parsed: null, fields: e.fields };
    throw e;
  }
}

export async function checkContactImport(
  db: Db | Prisma.TransactionClient,
  user: SessionUser,
  batch: ImportBatch,
  source: { countyCode: string; personId: string },
  settings: ImportSettings,
  today: string,
): Promise<CheckedImport> {
  const sheet = sheetOf(batch);
  const mapping = effectiveMapping(sheet, CONTACT_COLUMNS, settings);
  const { missing, ignored } = columnIssues(sheet, CONTACT_COLUMNS, mapping);
  const mapped = mapRows(sheet, CONTACT_COLUMNS, mapping, settings);
  const decisions = new Map(settings.decisions.map((d) => [d.row, d]));
  const values = mapped.rows.map((r) => {
    const d = decisions.get(r.n);
    const decision = d ? { onDuplicate: d.onDuplicate, personId: d.personId } : settings.mergeReExposures ? { onDuplicate: "MERGE" } : {};
    return { ...r.values, ...Object.fromEntries(Object.entries(decision).filter(([, v]) => v !== undefined)) };
  });
  const missingFields = new Set(missing.map((d) => d.field));
  const issues = mapped.issues;
  const add = (n: number, list: Issue[]) => list.length && issues.set(n, [...(issues.get(n) ?? []), ...list]);

  // The whole file first (duplicates across rows are found there), then the rows without issues.
  const first = parseRows(values, today);
  const byRow = issuesByRow(first.fields, mapped.rows.map((r) => r.n));
  // A column that is missing altogether is said once, for the file, not on every row.
  for (const [n, list] of byRow) add(n, list.filter((i) => !(i.field && missingFields.has(i.field) && i.key === "errors.required")));
  let clean = mapped.rows.flatMap((r, i) => (issues.has(r.n) || missing.length ? [] : [i]));
  let parsed = first.parsed && clean.length === mapped.rows.length ? first.parsed : null;
  if (!parsed && clean.length) {
    const again = parseRows(clean.map((i) => values[i]!), today);
    if (again.parsed) parsed = again.parsed;
    else {
      for (const [n, list] of issuesByRow(again.fields, clean.map((i) => mapped.rows[i]!.n))) add(n, list);
      clean = [];
    }
  }

  const rows: CheckedRow[] = mapped.rows.map((r) => ({ n: r.n, text: r.text, status: issues.has(r.n) ? "ERROR" : "OK", issues: issues.get(r.n) ?? [] }));
  if (parsed && clean.length) {
    const found = await matchRows(db, user, source.countyCode, parsed);
    clean.forEach((i, j) => (rows[i]!.parsed = parsed![j]));
    for (const m of found) {
      const row = rows[clean[m.row]!]!;
      row.matches = { matches: m.matches, ...(m.needs ? { needs: m.needs } : {}), ...(m.refused ? { refused: m.refused } : {}) };
      if (m.matches.some((x) => x.personId === source.personId && x.kind !== "POSSIBLE")) {
        row.status = "ERROR";
        row.issues.push({ field: "idNumber", key: "registry.errors.contactIsSource", values: { row: row.n } });
      } else if (m.refused) {
        row.status = "REFUSED";
        row.issues.push({ field: "idNumber", key: REFUSAL_KEYS[m.refused] ?? "errors.invalidValue" });
      } else if (m.needs) row.status = "DECIDE";
    }
  }
  return { defs: CONTACT_COLUMNS, mapping, missing, ignored, rows };
}
