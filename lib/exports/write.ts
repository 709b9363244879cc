// The two export formats (docs/decisions/0016-exports.md). CSV: UTF-8 with a byte-order mark,
// so Excel opens Chinese text correctly, quoted by papaparse. XLSX: exceljs's streaming
// workbook writer, which writes each row out as it is committed instead of building the
// whole workbook in memory.
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { cellsOf, neutraliseCell, type Column, type Row } from "./cells";

export const BOM = "\uFEFF";

export function toCsv(columns: readonly Column[], rows: readonly Row[]): string {
  const data = [columns.map((c) => neutraliseCell(c.header)), ...rows.map((r) => cellsOf(columns, r))];
  return BOM + Papa.unparse(data as unknown[][], { newline: "\r\n" });
}

/** An XLSX file as a web stream, written row by row. */
export function xlsxStream(columns: readonly Column[], rows: readonly Row[], sheetName: string): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  sheet.columns = columns.map((c) => ({ key: c.key, width: c.width ?? 16 }));
  void (async () => {
    try {
      const header = sheet.addRow(columns.map((c) => neutraliseCell(c.header)));
      header.font = { bold: true };
      header.commit();
      for (const r of rows) sheet.addRow(cellsOf(columns, r)).commit();
      sheet.commit();
      await workbook.commit();
    } catch (error) {
      out.destroy(error as Error);
    }
  })();
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}

/** The whole XLSX file (tests, small files). */
export async function xlsxBuffer(columns: readonly Column[], rows: readonly Row[], sheetName: string): Promise<Buffer> {
  return Buffer.from(await new Response(xlsxStream(columns, rows, sheetName)).arrayBuffer());
}
