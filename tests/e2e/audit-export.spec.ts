// Exports and the audit viewer in a real browser (issues 8 and 11): county staff download the
// contact list as XLSX and the case list as CSV from the pages, the files are parsed back here
// (formula text neutralised, only their county's people); an official's file is masked; an
// administrator filters the audit log by actor and action, finds the exports and the record
// reads, and downloads the filtered log.
import fs from "node:fs";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { expect, test, type Download, type Page } from "@playwright/test";
import { addDays, signIn, todayInShanghai } from "./helpers";
import { seedCase, seedContacts } from "./seed-data";

const T = todayInShanghai();

async function downloadOf(page: Page, linkName: string, scope: string): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId(scope).getByRole("link", { name: linkName }).click()]);
  return download;
}
async function xlsxRows(download: Download): Promise<Record<string, unknown>[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile((await download.path())!);
  const sheet = workbook.worksheets[0]!;
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Record<string, unknown>[] = [];
  sheet.eachRow((row, n) => {
    if (n > 1) rows.push(Object.fromEntries(header.map((h, i) => [h, (row.values as unknown[])[i + 1] ?? null])));
  });
  return rows;
}
async function csvRows(download: Download): Promise<Record<string, string>[]> {
  const text = fs.readFileSync((await download.path())!, "utf8");
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

let caseName: string;
let formulaName: string;
let contactId: string;

test("staff download the contact list (XLSX) and the case list (CSV) and parse them back", async ({ page }) => {
  await signIn(page, "maerkang");
  const source = await seedCase(page.request, "导出源头", addDays(T, -2));
  caseName = source.name;
  const [formula] = await seedContacts(page.request, source.id, [{ base: "=1+2导出", category: "CLOSE", lastExposureDate: addDays(T, -2), identifiedDate: addDays(T, -1) }]);
  formulaName = formula!.name;
  contactId = formula!.id;

  await page.goto(`/contacts?q=${encodeURIComponent(formulaName)}`);
  const contacts = await xlsxRows(await downloadOf(page, "导出 Excel", "export-contacts"));
  expect(contacts).toHaveLength(1);
  expect(contacts[0]!["姓名"]).toBe(`'${formulaName}`);
  expect(contacts[0]!["证件号码"]).toBe(formula!.idNumber);
  expect(contacts[0]!["县（市）"]).toBe("马尔康市");

  await page.goto(`/cases?q=${encodeURIComponent(caseName)}`);
  const cases = await csvRows(await downloadOf(page, "导出 CSV", "export-cases"));
  expect(cases.map((r) => r["姓名"])).toEqual([caseName]);

  // Opening the record is a read of personal data: logged for the administrators.
  await page.goto(`/contacts/${contactId}`);
  await expect(page.getByText(formulaName).first()).toBeVisible();
});

test("汶川县 staff never get 马尔康市's people; an official's file is masked", async ({ browser }) => {
  const wc = await browser.newPage();
  await signIn(wc, "wenchuan");
  await wc.goto("/contacts");
  const mine = await csvRows(await downloadOf(wc, "导出 CSV", "export-contacts"));
  expect(mine.every((r) => r["县（市）"] === "汶川县")).toBe(true);
  expect(JSON.stringify(mine)).not.toContain(formulaName.slice(0, 6));
  await wc.close();

  const official = await browser.newPage();
  await signIn(official, "official");
  await official.goto("/cases");
  const rows = await xlsxRows(await downloadOf(official, "导出 Excel", "export-cases"));
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.map((r) => r["姓名"])).not.toContain(caseName);
  expect(rows.every((r) => /^.\*+$/u.test(String(r["姓名"])))).toBe(true);
  expect(rows.every((r) => r["联系电话"] === null || /^\*+\d{4}$/.test(String(r["联系电话"])))).toBe(true);
  await official.close();
});

test("an administrator filters the audit log by actor and action, sees the reads, and exports the view", async ({ page }) => {
  await signIn(page, "admin");
  await page.goto("/admin/audit");
  const filters = page.getByTestId("audit-filters");
  await filters.getByLabel("操作人").selectOption({ label: "马尔康 李医生 (maerkang)" });
  await filters.getByLabel("操作", { exact: true }).selectOption({ label: "导出名单" });
  await filters.getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(/action=data\.export/);
  const rows = page.getByRole("table").getByRole("row");
  // The contact and the case export of the first test (and any of an earlier run on this database).
  await expect(page.getByRole("table")).toContainText("Export contacts");
  await expect(page.getByRole("table")).toContainText("Export cases");
  for (const row of await rows.all().then((r) => r.slice(1))) {
    await expect(row).toContainText("导出名单");
    await expect(row).toContainText("马尔康 李医生 (maerkang)");
  }

  const log = await csvRows(await downloadOf(page, "导出 CSV", "export-audit"));
  expect(log.length).toBe((await rows.count()) - 1);
  expect(new Set(log.map((r) => r["操作代码"]))).toEqual(new Set(["data.export"]));
  expect(new Set(log.map((r) => r["对象编号"]))).toEqual(new Set(["cases", "contacts"]));

  await page.getByRole("link", { name: "个人信息查阅记录" }).click();
  await expect(page).toHaveURL(/log=access/);
  await expect(page.getByRole("link", { name: "个人信息查阅记录" })).toHaveAttribute("aria-current", "page");
  await page.getByTestId("audit-filters").getByLabel("操作人").selectOption({ label: "马尔康 李医生 (maerkang)" });
  await page.getByTestId("audit-filters").getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(/log=access&actor=/);
  await expect(page.getByRole("table")).toContainText(`Contact ${contactId.slice(0, 8)}`);
  await expect(page.getByRole("table")).toContainText("马尔康市");
});
