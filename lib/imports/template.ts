// Downloadable templates: the headers the import recognises (Chinese), as XLSX (with a sheet of
// the accepted values) and as CSV (UTF-8 with BOM, which Excel opens correctly).
import ExcelJS from "exceljs";
import zhDomain from "@/lib/i18n/messages/zh-CN/domain.json";
import { columnsOf } from "./columns";
import { MAX_ROWS } from "./limits";

export type TemplateKind = "contacts" | "lab-results";

const NOTES: Record<string, string> = {
  sex: Object.values(zhDomain.sex).join(" / "),
  idType: `${Object.values(zhDomain.idType).join(" / ")}（空白为居民身份证）`,
  category: "密切接触者 / 一般接触者",
  exposureSetting: Object.values(zhDomain.exposureSetting).join(" / "),
  result: Object.values(zhDomain.testResult).join(" / "),
  lastExposureDate: "2026-11-30、2026/11/30、20261130 或 2026年11月30日",
  identifiedDate: "同上，不早于末次暴露日期",
  sampleDate: "2026-11-30、2026/11/30、20261130 或 2026年11月30日",
  idNumber: "请将此列设为“文本”格式，以免 Excel 丢失位数",
  ctOrf1ab: "0–60 的数字",
  ctN: "0–60 的数字",
};

export async function templateFile(kind: TemplateKind, format: "xlsx" | "csv"): Promise<Buffer> {
  const defs = columnsOf(kind === "contacts" ? "CONTACTS" : "LAB_RESULTS");
  const headers = defs.map((d) => (d.required ? `${d.zh}*` : d.zh));
  if (format === "csv") return Buffer.from("\ufeff" + headers.join(",") + "\r\n", "utf8");
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet(kind === "contacts" ? "接触者" : "核酸结果");
  sheet.addRow(headers).font = { bold: true };
  defs.forEach((d, i) => {
    const col = sheet.getColumn(i + 1);
    col.width = Math.max(12, d.zh.length * 2 + 4);
    // Text, so long ID numbers and dates keep what was typed.
    col.numFmt = "@";
  });
  const help = wb.addWorksheet("填写说明");
  help.addRow(["列", "必填", "填写说明"]).font = { bold: true };
  for (const d of defs) help.addRow([d.zh, d.required ? "是" : "", NOTES[d.field] ?? ""]);
  help.addRow([]);
  help.addRow([`每个文件最多 ${MAX_ROWS} 行、20 MB；只读取第一个工作表；公式单元格不会被计算，请填写数值。`]);
  help.getColumn(1).width = 16;
  help.getColumn(3).width = 60;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
