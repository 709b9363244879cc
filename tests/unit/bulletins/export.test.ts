import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { bulletinCsv, bulletinXlsx, neutralise } from "@/lib/bulletins/export";
import type { PublicBulletin } from "@/lib/bulletins/bulletin-view";
import { looksPersonal } from "@/lib/bulletins/compose";

const counts = { newConfirmed: 2, newAsymptomatic: 1, totalConfirmed: 5, totalAsymptomatic: 1, underManagement: 9, close: 5, secondary: 3, general: 1, released: 2, releasesDue: 0 };
const bulletin: PublicBulletin = {
  id: "7d3f1c9e-0000-4000-8000-000000000001",
  date: "2026-03-08",
  revision: 1,
  title: "=HYPERLINK(\"http://x\")",
  body: "正文",
  figures: { date: "2026-03-08", counties: [{ countyCode: "513201", nameZh: "+马尔康市", nameEn: "Barkam", ...counts }], totals: counts },
  correctsId: null,
  correctionNote: null,
  correctedById: null,
  publishedAt: new Date("2026-03-08T10:00:00Z"),
};

describe("bulletin downloads", () => {
  it("neutralises cells a spreadsheet would read as formulas", () => {
    expect(["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "马尔康市", 3].map(neutralise)).toEqual(["'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\tx", "马尔康市", 3]);
  });

  it("writes the counts by county and the total as CSV", () => {
    const rows = Papa.parse<string[]>(bulletinCsv(bulletin).replace(/^\uFEFF/, "")).data;
    expect(rows[0]!.slice(0, 5)).toEqual(["日期", "版次", "县（市）代码", "县（市）", "新增确诊病例"]);
    expect(rows[1]).toEqual(["2026-03-08", "1", "513201", "'+马尔康市", "2", "1", "5", "1", "9", "5", "3", "1", "2", "0"]);
    expect(rows[2]!.slice(3, 5)).toEqual(["合计", "2"]);
  });

  it("writes the same rows as XLSX, title neutralised", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await bulletinXlsx(bulletin)) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getCell("A1").value).toBe("'=HYPERLINK(\"http://x\")");
    expect(sheet.getRow(4).values).toEqual([undefined, "2026-03-08", 1, "513201", "'+马尔康市", 2, 1, 5, 1, 9, 5, 3, 1, 2, 0]);
  });

  it("spots ID numbers and mobile numbers in a text", () => {
    expect(looksPersonal("身份证 51320119900101123X")).toBe(true);
    expect(looksPersonal("电话13812345678")).toBe(true);
    expect(looksPersonal("新增确诊病例2例，管控人员1234人")).toBe(false);
  });
});
