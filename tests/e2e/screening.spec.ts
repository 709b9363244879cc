// Risk-person screening and printable notices through the pages: a push list imported, an item
// worked to "registered as contact", an overdue item in red on Today; print previews of an
// isolation notice and a release certificate checked under print media, a risk notice recorded.
import fs from "node:fs";
import Papa from "papaparse";
import { expect, test, type Page } from "@playwright/test";
import { addDays, newIdNumber, signIn, todayInShanghai } from "./helpers";
import { seedCase, seedContacts, seedResult, uniqueName } from "./seed-data";

const T = todayInShanghai();
/** "YYYY-MM-DD HH:mm" in Shanghai, `hours` from now. */
const shanghaiTime = (hours: number) => new Date(Date.now() + (8 + hours) * 3_600_000).toISOString().slice(0, 16).replace("T", " ");

async function expectPrinted(page: Page, title: string, texts: string[]) {
  await page.emulateMedia({ media: "print" });
  const sheet = page.getByTestId("notice-sheet").first();
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole("heading", { level: 1 })).toHaveText(title);
  for (const text of texts) await expect(sheet).toContainText(text);
  // The application's header and the toolbar are not printed.
  await expect(page.getByTestId("main-nav")).toBeHidden();
  await expect(page.getByTestId("print-button")).toBeHidden();
  await page.emulateMedia({ media: "screen" });
}

test("a push list imported, an item worked to 'registered as contact'; an overdue item red on Today", async ({ page }) => {
  test.setTimeout(240_000);
  await signIn(page, "maerkang");
  const source = await seedCase(page.request, "排查源", addDays(T, -3));
  const [name, lateName] = [uniqueName("排查甲"), uniqueName("排查超时")];
  const late = await page.request.post("/api/v1/screening", { data: { name: lateName, phone: "13700000001", pushedAt: shanghaiTime(-25) } });
  expect(late.status()).toBe(201);

  await page.goto("/screening");
  const csv = `姓名,手机号,身份证号,推送原因,来源地区,抵达日期,推送时间\n${name},13700000002,${newIdNumber()},途经中风险地区,成都市,${addDays(T, -1)},${shanghaiTime(-2)}\n`;
  await page.getByTestId("screening-import").locator('input[type="file"]').setInputFiles({ name: "推送名单.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "导入" }).click();
  await expect(page.getByTestId("import-result")).toHaveText(/已导入 1 人/);

  // Today: the queue with the time left; the one pushed 25 h ago overdue, in red.
  await page.goto("/today");
  const section = page.getByTestId("section-screening");
  await expect(section.getByRole("row").filter({ hasText: name }).getByTestId("time-left")).toHaveText(/剩余 21 小时|剩余 22 小时/);
  await expect(section.getByRole("row").filter({ hasText: lateName }).getByTestId("time-left")).toHaveAttribute("data-overdue", "true");
  await expect(section.getByRole("row").filter({ hasText: lateName }).getByTestId("time-left")).toHaveClass(/text-red-700/);

  await section.getByRole("link", { name }).click();
  await expect(page.getByTestId("screening-name")).toHaveText(name);
  await page.getByTestId("attempt-form").getByLabel("方式").selectOption({ label: "电话" });
  await page.getByTestId("attempt-form").getByLabel("情况说明").fill("已接通，本人在马尔康");
  await page.getByRole("button", { name: "记录" }).click();
  await expect(page.getByTestId("attempts")).toContainText("已接通，本人在马尔康");

  const form = page.getByTestId("resolve-form");
  await form.getByLabel(/^结果/).selectOption({ label: "已联系上，登记为接触者" });
  await form.getByLabel("关联病例").selectOption({ label: `${source.name}（${addDays(T, -3)}）` });
  await form.getByLabel("类别").selectOption({ label: "一般接触者" });
  await form.getByLabel("末次暴露日期").fill(addDays(T, -1));
  await form.getByRole("button", { name: "提交结果" }).click();
  await expect(page.getByTestId("contact-name")).toHaveText(name);
  await expect(page.getByTestId("contact-badges")).toContainText("一般接触者");

  await page.goto("/screening?status=ALL");
  await page.getByTestId("screening-queue").getByRole("link", { name }).click();
  await expect(page.getByTestId("screening-status")).toHaveText("已登记为接触者");
  await expect(page.getByTestId("screening-outcome").getByRole("link", { name: "查看接触者" })).toBeVisible();

  // The queue as a spreadsheet: the whole list (status ALL) with the outcome and the time left.
  await page.goto("/screening?status=ALL");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-screening").getByRole("link", { name: "导出 CSV" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^screening-\d{4}-\d{2}-\d{2}\.csv$/);
  const rows = Papa.parse<Record<string, string>>(fs.readFileSync((await download.path())!, "utf8").slice(1), { header: true, skipEmptyLines: true }).data;
  expect(rows.find((r) => r["姓名"] === name)).toMatchObject({ "状态": "已登记为接触者", "是否按时": "24 小时内完成", "联系次数": "1" });
  expect(rows.find((r) => r["姓名"] === lateName)!["剩余时间"]).toMatch(/^已超时 1 小时/);
});

test("print previews: an isolation notice and a release certificate on A4; a risk notice recorded as given", async ({ page }) => {
  test.setTimeout(240_000);
  await signIn(page, "maerkang");
  const source = await seedCase(page.request, "告知源", addDays(T, -3));
  const [close, general, late] = await seedContacts(page.request, source.id, [
    { base: "告知密接", category: "CLOSE", lastExposureDate: addDays(T, -2), identifiedDate: addDays(T, -1) },
    { base: "告知一般", category: "GENERAL", lastExposureDate: addDays(T, -2), identifiedDate: addDays(T, -1) },
    // Identified after its release day: releasable once the intake test is negative.
    { base: "告知解除", category: "CLOSE", lastExposureDate: addDays(T, -30), identifiedDate: T },
  ]);

  await page.goto(`/contacts/${close!.id}`);
  await page.getByTestId("contact-notices").getByRole("link", { name: "隔离告知书", exact: true }).click();
  await expect(page.getByTestId("notice-count")).toHaveText("打印预览：1 份");
  const centralized = close!.plan.phases[0]!;
  await expectPrinted(page, "集中隔离告知书", [close!.name, close!.idNumber, `集中隔离：${centralized.startDate} 至 ${centralized.endDate}`, "马尔康市疫情防控工作指挥部"]);

  // Refused while release is not allowed, with the reason.
  await page.goto(`/notices/print?kind=release&id=${close!.id}`);
  await expect(page.getByTestId("notice-count")).toHaveText("打印预览：0 份");
  await expect(page.getByTestId("notice-skipped")).toContainText(close!.name);
  await expect(page.getByTestId("notice-sheet")).toHaveCount(0);

  await seedResult(page.request, late!.id, T, "NEGATIVE");
  await page.goto(`/contacts/${late!.id}`);
  await page.getByTestId("contact-notices").getByRole("link", { name: "解除隔离告知书" }).click();
  await expectPrinted(page, "解除隔离告知书", [late!.name, `解除日期${T}`, "马尔康市疫情防控工作指挥部"]);

  await page.goto(`/contacts/${general!.id}`);
  await expect(page.getByTestId("notices-given")).toContainText("尚无发放记录");
  await page.getByTestId("contact-notices").getByRole("link", { name: "风险告知书" }).click();
  await expect(page.getByTestId("notice-sheet")).toHaveAttribute("data-kind", "RISK");
  await page.getByTestId("record-risk").click();
  await expect(page.getByTestId("record-risk-result")).toHaveText("已记录 1 人的风险告知书发放。");
  await page.goto(`/contacts/${general!.id}`);
  await expect(page.getByTestId("notices-given")).toContainText("风险告知书：");
});
