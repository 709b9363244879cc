// Spreadsheet imports in Chromium (issue 11): a 1,000-row XLSX of contacts with 3 bad rows, fixed
// in the preview and committed; a laboratory list with one positive, confirmed for the person.
import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";
import { idCardCheckChar } from "../../lib/validation/id-card";
import { withWrongCheckDigit } from "./api-helpers";
import { addDays, saveScreenshot, signIn, todayInShanghai } from "./helpers";
import { seedCase, seedContacts, uniqueName } from "./seed-data";

test.describe.configure({ mode: "serial" });
test.use({ viewport: { width: 1400, height: 900 } });

const T = todayInShanghai();

// newIdNumber's sequence wraps at 1,000 numbers: a 1,000-row file takes its own, one birth date
// per row (random year per run), so no two rows and no other spec share a number.
const YEAR = 1950 + Math.floor(Math.random() * 30);
const SEQ = String(Math.floor(Math.random() * 900) + 100);
function fileIdNumber(i: number): string {
  const birth = new Date(Date.UTC(YEAR, 0, 1) + i * 86_400_000).toISOString().slice(0, 10).replace(/-/g, "");
  const first17 = `513201${birth}${SEQ}`;
  return first17 + idCardCheckChar(first17);
}

// The first sign-in of a fresh server on a loaded machine can outlast the helper's 10 s.
test.beforeAll(async ({ request }) => {
  await request.get("/signin", { timeout: 60_000 });
  await request.post("/api/auth/callback/credentials", { form: { username: "nobody", password: "x" }, timeout: 60_000 }).catch(() => undefined);
});

async function workbook(rows: unknown[][], setup?: (ws: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("名单");
  ws.addRows(rows);
  setup?.(ws);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function upload(page: Page, name: string, buffer: Buffer) {
  await page.getByTestId("import-file").setInputFiles({ name, mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer });
  await page.getByRole("button", { name: "上传并预览" }).click();
}

test("a 1,000-row contacts list with 3 bad rows: fixed in the preview, then imported all at once", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, "maerkang");
  const source = await seedCase(page.request, "导入源", addDays(T, -3));
  const base = uniqueName("导入");
  const rows: unknown[][] = [["姓名", "性别", "证件号码", "接触者类别", "末次暴露日期", "判定日期", "暴露场所"]];
  for (let i = 1; i <= 1000; i++) rows.push([`${base}${i}`, i % 2 ? "男" : "女", fileIdNumber(i), i % 10 ? "密接" : "一般接触者", addDays(T, -2), addDays(T, -1), "工作场所"]);
  rows[10]![4] = "2026-13-45"; // sheet row 11: a malformed date
  rows[900]![2] = withWrongCheckDigit(rows[900]![2] as string); // sheet row 901: a bad ID number
  const file = await workbook(rows, (ws) => {
    // sheet row 501: a formula (never computed; the value must be typed)
    ws.getCell("F501").value = { formula: `DATE(2026,1,1)`, result: addDays(T, -1) } as never;
  });

  await page.goto(`/cases/${source.id}`);
  await page.getByRole("link", { name: "从表格导入接触者" }).click();
  await expect(page.getByRole("heading", { name: "从表格导入接触者" })).toBeVisible();
  await upload(page, "接触者.xlsx", file);
  const counts = page.getByTestId("import-counts");
  await expect(counts).toContainText("共 1000 行", { timeout: 60_000 });
  await expect(counts).toContainText("有问题 3");
  const preview = page.getByTestId("import-preview");
  await expect(page.getByTestId("import-row-11")).toContainText("第 11 行「末次暴露日期」");
  await expect(page.getByTestId("import-row-501")).toContainText("公式");
  await expect(page.getByTestId("import-row-901")).toContainText("第 901 行「证件号码」");
  await expect(page.getByRole("button", { name: "导入全部 1000 行" })).toBeDisabled();
  await saveScreenshot(page, "import-contacts-preview");

  await preview.getByLabel("行号 11 末次暴露日期").fill(addDays(T, -2));
  // The formula's cached value is the right date: typing it again is the user's confirmation
  // (cleared first, since filling an input with its own value changes nothing).
  await preview.getByLabel("行号 501 判定日期").fill("");
  await preview.getByLabel("行号 501 判定日期").fill(addDays(T, -1));
  await preview.getByLabel("行号 901 证件号码").fill(fileIdNumber(5000));
  await page.getByRole("button", { name: "重新检查" }).click();
  await expect(counts).toContainText("有问题 0", { timeout: 60_000 });
  await expect(counts).toContainText("无误 1000");
  await page.getByRole("button", { name: "导入全部 1000 行" }).click();
  await expect(page.getByTestId("import-done")).toHaveText("已导入 1000 行，跳过 0 行。", { timeout: 90_000 });

  const answer = await page.request.get(`/api/v1/contacts?caseId=${source.id}&pageSize=1`);
  expect(((await answer.json()) as { total: number }).total).toBe(1000);
});

test("a laboratory list with one positive: negatives recorded in one step, the positive confirmed for the person", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "maerkang");
  const source = await seedCase(page.request, "核酸源", addDays(T, -3));
  const [neg, pos] = await seedContacts(page.request, source.id, [
    { base: "核酸阴", category: "CLOSE", lastExposureDate: addDays(T, -2), identifiedDate: addDays(T, -1) },
    { base: "核酸阳", category: "CLOSE", lastExposureDate: addDays(T, -2), identifiedDate: addDays(T, -1) },
  ]);
  const file = await workbook([
    ["姓名", "证件号码", "采样日期", "检测结果", "ORF1ab基因Ct值", "N基因Ct值", "检测机构"],
    [neg!.name, neg!.idNumber.toLowerCase(), T, "阴性", "", "", "州疾控中心"],
    [pos!.name, pos!.idNumber, T, "阳性", 27.5, 29.1, "州疾控中心"],
  ]);
  await page.goto("/today");
  await page.getByTestId("main-nav").getByRole("link", { name: "导入核酸结果" }).click();
  await upload(page, "核酸结果.xlsx", file);
  await expect(page.getByTestId("import-row-2")).toContainText("已匹配", { timeout: 60_000 });
  await expect(page.getByTestId("import-positives")).toContainText(pos!.name);

  await page.getByRole("button", { name: "记录 1 条阴性/待出结果" }).click();
  await expect(page.getByTestId("import-done")).toHaveText("已记录 1 条结果。");
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "确认阳性并升级" }).click();
  await expect(page.getByTestId("import-positives")).toContainText("已升级为病例");
  await saveScreenshot(page, "import-lab-positive-confirmed");

  const escalated = (await (await page.request.get(`/api/v1/contacts/${pos!.id}`)).json()) as { status: string; testResults: { result: string; ctOrf1ab: number }[] };
  expect(escalated.status).toBe("BECAME_CASE");
  expect(escalated.testResults).toEqual([expect.objectContaining({ result: "POSITIVE", ctOrf1ab: 27.5 })]);
  const negative = (await (await page.request.get(`/api/v1/contacts/${neg!.id}`)).json()) as { status: string; testResults: { result: string }[] };
  expect([negative.status, negative.testResults.map((r) => r.result)]).toEqual(["ACTIVE", ["NEGATIVE"]]);
});
