// The grid's rows as plain data and the operations on them (pure, unit-tested).
import zhCases from "@/lib/i18n/messages/zh-CN/cases.json";
import enCases from "@/lib/i18n/messages/en/cases.json";
import { ALL_FIELDS, type ColumnDef, type FieldName } from "./columns";
import { normalizeDateText } from "./dates";
import { normalizeDocumentNumber } from "@/lib/persons/identity";
import { validateIdCard } from "@/lib/validation/id-card";
import { normalizeLabel, parseLabel } from "./labels";
import { matchChoice } from "./type-to-select";

export type RowValues = Record<FieldName, string>;
export interface GridRow {
  key: string;
  values: RowValues;
  /** How many times the row was edited: a change, even one undone, is a change (decisions about its matches drop). */
  edits?: number;
}

export function blankValues(today: string): RowValues {
  const values = Object.fromEntries(ALL_FIELDS.map((f) => [f, ""])) as RowValues;
  values.identifiedDate = today;
  return values;
}

/** Nothing typed: every cell empty, the identified date at most left at its default. */
export function isBlankRow(values: RowValues, today: string): boolean {
  return ALL_FIELDS.every((f) => values[f].trim() === "" || (f === "identifiedDate" && values[f] === today));
}

/**
 * A cell's value as stored: select cells hold the enum value (or the text as given, when no
 * label matches, for validation to report); dates are rewritten as YYYY-MM-DD; ID numbers lose
 * inner spaces and get an upper-case X.
 */
export function normalizeCell(column: ColumnDef, raw: string): string {
  const text = raw.trim();
  switch (column.kind) {
    case "select": {
      const parsed = column.labels ? parseLabel(column.labels, text) : null;
      if (parsed !== null || text === "") return parsed ?? "";
      return (column.choices ? matchChoice(column.choices, text) : null) ?? text;
    }
    case "date":
      return normalizeDateText(text);
    default:
      return column.field === "idNumber" ? text.replace(/\s+/g, "").toUpperCase() : text;
  }
}

const HEADER_LABELS = new Set(
  [...Object.values(zhCases.grid.columns), ...Object.values(enCases.grid.columns)].map(normalizeLabel),
);

/**
 * Sex and birth date read from a valid resident ID number (GB 11643) into the cells that are
 * still empty; what is typed there stays, and the filled cells remain editable. The server
 * fills them the same way (lib/persons/save-person.ts).
 */
export function autofillFromId(values: RowValues): RowValues {
  if (values.idNumber.trim() === "" || (values.sex !== "" && values.birthDate !== "")) return values;
  const result = validateIdCard(normalizeDocumentNumber(values.idNumber));
  if (!result.ok) return values;
  return { ...values, sex: values.sex || result.sex, birthDate: values.birthDate || result.birthDate };
}

/** A pasted first line such as "姓名 性别 身份证号…" is the sheet's header, not a person. */
export function isHeaderLine(cells: string[]): boolean {
  return cells.filter((c) => HEADER_LABELS.has(normalizeLabel(c))).length >= 2;
}

export interface PasteResult {
  rows: GridRow[];
  /** Keys of the rows the paste wrote into. */
  touched: string[];
  /** Pasted cells that fell beyond the last column and were left out. */
  ignoredCells: number;
}

/**
 * Writes a pasted block into the grid from (startRow, startCol) rightwards and downwards, adding
 * rows as needed. Empty pasted cells clear the cell they land on, as in a spreadsheet.
 */
export function applyPaste(
  rows: GridRow[],
  startRow: number,
  startCol: number,
  block: string[][],
  columns: ColumnDef[],
  newRow: () => GridRow,
): PasteResult {
  const lines = block.length > 0 && isHeaderLine(block[0]!) ? block.slice(1) : block;
  const next = rows.map((r) => ({ ...r, values: { ...r.values } }));
  const touched: string[] = [];
  let ignoredCells = 0;
  lines.forEach((cells, i) => {
    const r = startRow + i;
    while (next.length <= r) next.push(newRow());
    const row = next[r]!;
    row.edits = (row.edits ?? 0) + 1;
    touched.push(row.key);
    cells.forEach((raw, j) => {
      const column = columns[startCol + j];
      if (!column) {
        if (raw !== "") ignoredCells++;
        return;
      }
      row.values[column.field] = normalizeCell(column, raw);
    });
    row.values = autofillFromId(row.values);
  });
  return { rows: next, touched, ignoredCells };
}

/** Removes a row; the grid always keeps one row to type into. */
export function removeRow(rows: GridRow[], index: number, newRow: () => GridRow): GridRow[] {
  const next = rows.filter((_, i) => i !== index);
  return next.length > 0 ? next : [newRow()];
}
