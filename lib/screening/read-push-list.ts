// Reads a push list (大数据协查推送名单) from CSV or XLSX into rows of text keyed by field, by
// the header row. Kept small on purpose: the columns of a push list are few and fixed; the
// contacts import (lib/imports) is a separate, larger reader. docs/decisions/0019-screening-queue.md
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { AppError, validationError } from "@/lib/errors";
import { MAX_FILE_BYTES, MAX_IMPORT_ROWS } from "./limits";

export { MAX_FILE_BYTES } from "./limits";

export const SCREENING_FIELDS = ["name", "phone", "idNumber", "reason", "sourceArea", "arrivalDate", "pushedAt"] as const;
export type ScreeningField = (typeof SCREENING_FIELDS)[number];

/** Header texts (compared without spaces, case-insensitive) that name each field. */
const HEADERS: Record<ScreeningField, string[]> = {
  name: ["姓名", "name"],
  phone: ["手机号", "手机号码", "电话", "联系电话", "phone", "mobile"],
  idNumber: ["身份证号", "身份证号码", "证件号码", "证件号", "idnumber", "id"],
  reason: ["推送原因", "原因", "风险原因", "reason"],
  sourceArea: ["来源地区", "来源地", "途经地区", "风险地区", "sourcearea", "source"],
  arrivalDate: ["抵达日期", "到达日期", "抵达时间", "来返日期", "arrivaldate", "arrival"],
  pushedAt: ["推送时间", "推送日期", "pushedat", "pushed"],
};
const REQUIRED: ScreeningField[] = ["name", "pushedAt"];
const DATE_FIELDS = new Set<ScreeningField>(["arrivalDate", "pushedAt"]);

export interface PushListRow {
  /** The row number as the spreadsheet shows it (the header is row 1). */
  line: number;
  values: Partial<Record<ScreeningField, string>>;
}
export interface PushList {
  rows: PushListRow[];
  /** Header texts of columns that are not read. */
  ignoredColumns: string[];
}

const norm = (h: string) => h.normalize("NFKC").replace(/\s+/g, "").toLowerCase();

function fieldOf(header: string): ScreeningField | null {
  const h = norm(header);
  for (const f of SCREENING_FIELDS) if (HEADERS[f].includes(h)) return f;
  return null;
}

const fileError = (key: string, values: Record<string, string | number> = {}) => validationError([{ path: "file", key: `errors.screening.${key}`, values }]);

function mapHeader(headers: string[]): { columns: (ScreeningField | null)[]; ignored: string[] } {
  const columns = headers.map((h) => fieldOf(h ?? ""));
  const seen = new Set<ScreeningField>();
  columns.forEach((f, i) => {
    if (!f) return;
    if (seen.has(f)) throw fileError("duplicateColumn", { column: headers[i]! });
    seen.add(f);
  });
  const missing = REQUIRED.filter((f) => !seen.has(f));
  if (missing.length) throw fileError("missingColumns", { columns: missing.map((f) => HEADERS[f][0]!).join("、") });
  if (!seen.has("phone") && !seen.has("idNumber")) throw fileError("missingColumns", { columns: `${HEADERS.phone[0]} / ${HEADERS.idNumber[0]}` });
  return { columns, ignored: headers.filter((h, i) => !columns[i] && h.trim() !== "") };
}

function toRows(table: string[][], firstLine: number): PushList {
  const [header, ...body] = table;
  if (!header || header.every((h) => !h.trim())) throw fileError("empty");
  const { columns, ignored } = mapHeader(header);
  const rows: PushListRow[] = [];
  body.forEach((cells, i) => {
    if (cells.every((c) => !c?.trim())) return;
    const values: PushListRow["values"] = {};
    columns.forEach((f, c) => {
      const v = cells[c]?.trim();
      if (f && v) values[f] = v;
    });
    rows.push({ line: firstLine + 1 + i, values });
  });
  if (!rows.length) throw fileError("noRows");
  if (rows.length > MAX_IMPORT_ROWS) throw fileError("tooManyRows", { max: MAX_IMPORT_ROWS, count: rows.length });
  return { rows, ignoredColumns: ignored };
}

/** UTF-8 (with or without BOM), else GB18030 as Excel saves Chinese CSV. */
function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

function readCsv(bytes: Uint8Array): string[][] {
  const text = decodeText(bytes);
  if (text.includes("\u0000")) throw fileError("notSpreadsheet");
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
  return parsed.data.map((r) => r.map((c) => String(c ?? "")));
}

const pad = (n: number) => String(n).padStart(2, "0");

/** An Excel date serial (days since 1899-12-30, fraction = time of day) as local wall time. */
export function excelSerialToText(serial: number): string {
  const ms = Math.round((serial - 25569) * 86_400_000);
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

function cellText(value: ExcelJS.CellValue, field: ScreeningField | null, at: { line: number; column: string }): string {
  if (value === null || value === undefined) return "";
  // Excel stores wall-clock times without a zone; exceljs hands them over as UTC fields.
  if (value instanceof Date) return excelSerialToText(value.getTime() / 86_400_000 + 25569);
  if (typeof value === "number") return field && DATE_FIELDS.has(field) ? excelSerialToText(value) : String(value);
  if (typeof value === "string" || typeof value === "boolean") return String(value);
  if ("formula" in value || "sharedFormula" in value) throw validationError([{ path: `rows.${at.line}.${field ?? "file"}`, key: "errors.screening.formulaCell", values: { row: at.line, column: at.column } }]);
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("text" in value) return String(value.text);
  if ("error" in value) return "";
  return "";
}

async function readXlsx(bytes: Uint8Array): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw fileError("notSpreadsheet");
  }
  const sheet = workbook.worksheets[0];
  if (!sheet || sheet.rowCount === 0) throw fileError("empty");
  if (sheet.rowCount > MAX_IMPORT_ROWS + 1) throw fileError("tooManyRows", { max: MAX_IMPORT_ROWS, count: sheet.rowCount - 1 });
  const width = sheet.columnCount;
  const header = Array.from({ length: width }, (_, c) => String(sheet.getRow(1).getCell(c + 1).text ?? ""));
  const fields = header.map(fieldOf);
  const table: string[][] = [header];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    table.push(Array.from({ length: width }, (_, c) => cellText(row.getCell(c + 1).value, fields[c] ?? null, { line: r, column: header[c] ?? String(c + 1) })));
  }
  return table;
}

/** Reads the file: XLSX by its zip signature, anything else as CSV text. */
export async function readPushList(bytes: Uint8Array): Promise<PushList> {
  if (bytes.byteLength === 0) throw fileError("empty");
  if (bytes.byteLength > MAX_FILE_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", "errors.screening.fileTooLarge", { max: MAX_FILE_BYTES / 1024 });
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  return toRows(zip ? await readXlsx(bytes) : readCsv(bytes), 1);
}

export function columnName(field: string): string {
  return HEADERS[field as ScreeningField]?.[0] ?? field;
}
