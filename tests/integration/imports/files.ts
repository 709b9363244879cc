// Spreadsheets built in the tests: XLSX with exceljs, CSV as strings.
import ExcelJS from "exceljs";

export async function xlsx(rows: unknown[][], setup?: (ws: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("接触者");
  for (const r of rows) ws.addRow(r);
  setup?.(ws);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const csv = (rows: string[][], bom = true): Buffer =>
  Buffer.from((bom ? "\ufeff" : "") + rows.map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(",")).join("\r\n"), "utf8");

export const CONTACT_HEADERS = ["姓名", "性别", "证件号码", "联系电话", "接触者类别", "末次暴露日期", "判定日期", "暴露场所"];
