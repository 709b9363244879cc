// CSV and XLSX of a published bulletin's figures (counts only). A cell that a spreadsheet would
// read as a formula (starting with = + - @, or a tab / carriage return) is neutralised with a
// leading apostrophe, so a county name or title can never run as a formula (CSV injection).
import ExcelJS from "exceljs";
import { parseInput } from "@/lib/validation/parse-input";
import { bulletinExportSchema } from "./export-schema";
import Papa from "papaparse";
import type { PublicBulletin } from "./bulletin-view";
import { COUNT_KEYS } from "./bulletin-figures";

export const COLUMN_TITLES: Record<(typeof COUNT_KEYS)[number], string> = {
  newConfirmed: "新增确诊病例",
  newAsymptomatic: "新增无症状感染者",
  totalConfirmed: "累计确诊病例",
  totalAsymptomatic: "累计无症状感染者",
  underManagement: "管控人员合计",
  close: "密切接触者",
  secondary: "次密切接触者",
  general: "一般接触者",
  released: "当日解除管控",
  releasesDue: "到期待解除",
};

export function neutralise(value: string | number): string | number {
  if (typeof value === "number") return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Header, one row per county, the total row. */
export function figureRows(b: PublicBulletin): (string | number)[][] {
  const header = ["日期", "版次", "县（市）代码", "县（市）", ...COUNT_KEYS.map((k) => COLUMN_TITLES[k])];
  const rows = b.figures.counties.map((c) => [b.date, b.revision, c.countyCode, c.nameZh, ...COUNT_KEYS.map((k) => c[k])]);
  const total = [b.date, b.revision, "", "合计", ...COUNT_KEYS.map((k) => b.figures.totals[k])];
  return [header, ...rows, total].map((r) => r.map(neutralise));
}

export function bulletinCsv(b: PublicBulletin): string {
  // A byte-order mark lets spreadsheet programs read the Chinese text as UTF-8.
  return "\uFEFF" + Papa.unparse(figureRows(b));
}

export async function bulletinXlsx(b: PublicBulletin): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(`${b.date}-${b.revision}`);
  sheet.addRow([neutralise(b.title)]);
  sheet.addRow([]);
  for (const row of figureRows(b)) sheet.addRow(row);
  sheet.getRow(3).font = { bold: true };
  return Buffer.from(await book.xlsx.writeBuffer());
}

export function exportFileName(b: PublicBulletin, ext: "csv" | "xlsx"): string {
  return `bulletin-${b.date}-r${b.revision}.${ext}`;
}

/** The download of a published bulletin: `format` csv (default) or xlsx; anything else is 400. */
export async function bulletinExport(b: PublicBulletin, format: string | null): Promise<{ bytes: Buffer; contentType: string; name: string }> {
  const parsed = parseInput(bulletinExportSchema, format ? { format } : {});
  if (parsed.format === "xlsx") {
    return { bytes: await bulletinXlsx(b), contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name: exportFileName(b, "xlsx") };
  }
  return { bytes: Buffer.from(bulletinCsv(b), "utf8"), contentType: "text/csv; charset=utf-8", name: exportFileName(b, "csv") };
}
