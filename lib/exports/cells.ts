// Spreadsheet cells that cannot run as formulas (docs/decisions/0016-exports.md): a text cell
// starting with =, +, -, @, a tab or a carriage return is what Excel, LibreOffice and Sheets
// read as a formula (CSV injection, OWASP); a leading apostrophe makes it plain text. Applied
// to every text cell of both formats, so a name typed as `=HYPERLINK(…)` exports as text.
const FORMULA_START = /^[=+\-@\t\r]/;

export type Cell = string | number | null;

export function neutraliseCell(value: Cell): Cell {
  if (typeof value !== "string") return value;
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export interface Column {
  key: string;
  header: string;
  /** Width in characters for XLSX. */
  width?: number;
}

export type Row = Record<string, Cell>;

/** The rows' cells in column order, each neutralised. */
export function cellsOf(columns: readonly Column[], row: Row): Cell[] {
  return columns.map((c) => neutraliseCell(row[c.key] ?? null));
}
