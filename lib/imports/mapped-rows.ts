// Sheet rows → field values under a mapping and the user's edits, and the checks that belong to
// the file rather than to a service's rules: missing and ignored columns, formula cells, rows
// repeated verbatim. Pure.
import type { ColumnDef, Mapping } from "./columns";
import { autoMap } from "./columns";
import type { Sheet } from "./read-sheet";
import type { ImportSettings } from "./settings";

export interface MappedRow {
  /** Sheet row number. */
  n: number;
  /** The text of each mapped field, edits applied (what the preview shows). */
  text: Record<string, string>;
  /** What the service's schema is given: parsed cells, empty ones left out. */
  values: Record<string, unknown>;
}

export interface Issue {
  /** The field (column) the issue is about; null for the whole row. */
  field: string | null;
  key: string;
  values?: Record<string, string | number>;
}

export function effectiveMapping(sheet: Sheet, defs: ColumnDef[], settings: Pick<ImportSettings, "mapping">): Mapping {
  const auto = autoMap(sheet.headers, defs);
  if (!settings.mapping) return auto;
  return Object.fromEntries(defs.map((d) => [d.field, d.field in settings.mapping! ? (settings.mapping![d.field] ?? null) : auto[d.field]!]));
}

export function mapRows(sheet: Sheet, defs: ColumnDef[], mapping: Mapping, settings: Pick<ImportSettings, "edits">): { rows: MappedRow[]; issues: Map<number, Issue[]> } {
  const edits = new Map(settings.edits.map((e) => [`${e.row}:${e.field}`, e.value]));
  const issues = new Map<number, Issue[]>();
  const add = (n: number, issue: Issue) => issues.set(n, [...(issues.get(n) ?? []), issue]);
  const seen = new Map<string, number>();
  const rows = sheet.rows.map((r) => {
    const text: Record<string, string> = {};
    const values: Record<string, unknown> = {};
    for (const def of defs) {
      const col = mapping[def.field];
      if (col === null || col === undefined) continue;
      const edited = edits.get(`${r.n}:${def.field}`);
      const cell = (edited ?? r.c[col] ?? "").trim();
      text[def.field] = cell;
      // Formulas are not evaluated, and their cached value is not trusted: the user types it.
      if (edited === undefined && r.f?.includes(col)) add(r.n, { field: def.field, key: "imports.errors.formulaCell" });
      if (cell !== "") values[def.field] = def.parse ? def.parse(cell) : cell;
    }
    const whole = JSON.stringify(defs.map((d) => text[d.field] ?? ""));
    const first = seen.get(whole);
    if (first !== undefined) add(r.n, { field: null, key: "imports.errors.duplicateRow", values: { otherRow: first } });
    else seen.set(whole, r.n);
    return { n: r.n, text, values };
  });
  // Edits of rows or fields the file does not have are refused rather than dropped.
  const rowNumbers = new Set(sheet.rows.map((r) => r.n));
  for (const e of settings.edits) {
    if (!rowNumbers.has(e.row) || !defs.some((d) => d.field === e.field)) add(e.row, { field: null, key: "imports.errors.editOutsideFile" });
    else if (mapping[e.field] === null || mapping[e.field] === undefined) add(e.row, { field: e.field, key: "imports.errors.editUnmapped" });
  }
  return { rows, issues };
}

/** Required fields without a column (nothing can be imported), and columns nobody reads. */
export function columnIssues(sheet: Sheet, defs: ColumnDef[], mapping: Mapping): { missing: ColumnDef[]; ignored: string[] } {
  const missing = defs.filter((d) => d.required && (mapping[d.field] === null || mapping[d.field] === undefined));
  const used = new Set(Object.values(mapping).filter((c): c is number => c !== null));
  const ignored = sheet.headers.flatMap((h, i) => (used.has(i) || (h === "" && sheet.rows.every((r) => (r.c[i] ?? "") === "")) ? [] : [h || columnLetter(i)]));
  return { missing, ignored };
}

export function columnLetter(i: number): string {
  let s = "";
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
