// Reads the first worksheet of an XLSX file or a CSV file into text cells, streaming: exceljs's
// WorkbookReader and papaparse's step callback see one row at a time, and reading stops as soon
// as the file has more rows than an import takes (docs/decisions/0017-import-pipeline.md).
// Formula cells are never evaluated: their cached value is kept for display and the cell is
// marked, so the preview refuses it until the user types the value.
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { AppError } from "@/lib/errors";
import { MAX_ROWS } from "./limits";

export interface SheetRow {
  /** The row number in the sheet (1 = first line of the file). */
  n: number;
  /** Cells as text, one per column. */
  c: string[];
  /** Indexes of formula cells (their cached value is in `c`). */
  f?: number[];
}

export interface Sheet {
  headers: string[];
  rows: SheetRow[];
}

const importError = (key: string, values: Record<string, string | number> = {}) => new AppError("VALIDATION", `imports.errors.${key}`, values);

const pad = (n: number) => String(n).padStart(2, "0");

/** A cell value of exceljs as text, and whether it was a formula. */
function cellText(value: unknown): { text: string; formula: boolean } {
  if (value === null || value === undefined) return { text: "", formula: false };
  if (value instanceof Date) {
    // exceljs builds dates of date-formatted cells in UTC.
    return { text: `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`, formula: false };
  }
  if (typeof value === "number") {
    // Long digit strings typed as numbers (an ID number) print without an exponent.
    return { text: Number.isInteger(value) && Math.abs(value) >= 1e15 ? value.toFixed(0) : String(value), formula: false };
  }
  if (typeof value === "string") return { text: value, formula: false };
  if (typeof value === "boolean") return { text: value ? "TRUE" : "FALSE", formula: false };
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if ("formula" in v || "sharedFormula" in v) return { text: cellText(v.result).text, formula: true };
    if (Array.isArray(v.richText)) return { text: v.richText.map((r: { text?: string }) => r.text ?? "").join(""), formula: false };
    if ("text" in v) return cellText(v.text);
    if ("error" in v) return { text: String(v.error), formula: false };
  }
  return { text: String(value), formula: false };
}

class Collector {
  headers: string[] | null = null;
  rows: SheetRow[] = [];

  /** Adds one row; the first non-empty row is the header row. */
  add(n: number, cells: string[], formulas: number[]): void {
    const trimmed = cells.map((c) => c.trim());
    if (trimmed.every((c) => c === "")) return;
    if (this.headers === null) {
      this.headers = trimmed;
      return;
    }
    if (this.rows.length >= MAX_ROWS) throw importError("tooManyRows", { max: MAX_ROWS });
    this.rows.push({ n, c: trimmed, ...(formulas.length ? { f: formulas } : {}) });
  }

  done(): Sheet {
    if (this.headers === null) throw importError("emptyFile");
    if (this.rows.length === 0) throw importError("noDataRows");
    const width = Math.max(this.headers.length, ...this.rows.map((r) => r.c.length));
    const fill = (cells: string[]) => [...cells, ...new Array<string>(width - cells.length).fill("")];
    return { headers: fill(this.headers), rows: this.rows.map((r) => ({ ...r, c: fill(r.c) })) };
  }
}

async function readXlsx(bytes: Buffer): Promise<Sheet> {
  const out = new Collector();
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(bytes), {
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    worksheets: "emit",
    entries: "emit",
  });
  try {
    for await (const worksheet of reader) {
      for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
        const values = (row.values as unknown[]) ?? [];
        const cells: string[] = [];
        const formulas: number[] = [];
        // row.values is 1-based and sparse.
        for (let col = 1; col < values.length; col++) {
          const { text, formula } = cellText(values[col]);
          cells[col - 1] = text;
          if (formula) formulas.push(col - 1);
        }
        out.add(row.number, Array.from(cells, (c) => c ?? ""), formulas);
      }
      break; // the first worksheet only
    }
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw importError("notASpreadsheet");
  }
  return out.done();
}

/** UTF-8 (with or without BOM), else GB18030 (what Excel in Chinese saves CSV as). */
function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

function readCsv(bytes: Buffer): Sheet {
  const out = new Collector();
  let n = 0;
  let failure: unknown = null;
  Papa.parse<string[]>(decodeText(bytes), {
    skipEmptyLines: false,
    step: (result, parser) => {
      n++;
      const cells = result.data.map(String);
      // A CSV cell starting with "=" is a formula once the file is opened in Excel.
      const formulas = cells.flatMap((c, i) => (/^\s*=/.test(c) ? [i] : []));
      try {
        out.add(n, cells, formulas);
      } catch (e) {
        failure = e;
        parser.abort();
      }
    },
  });
  if (failure) throw failure;
  return out.done();
}

/** The file's rows, or VALIDATION with a message saying what is wrong with the file. */
export async function readSheet(bytes: Buffer): Promise<Sheet> {
  if (bytes.length === 0) throw importError("emptyFile");
  if (bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return readXlsx(bytes);
  // The old binary Excel format (.xls) and anything else binary are not read.
  if (bytes.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) throw importError("oldExcel");
  if (bytes.subarray(0, 8192).includes(0)) throw importError("notASpreadsheet");
  return readCsv(bytes);
}
