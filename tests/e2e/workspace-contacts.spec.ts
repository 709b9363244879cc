// The county staff workspace in Chromium: the Today task list and the contact pages with their
// actions (health check, extension, release refused and done, positive result and escalation,
// transfer to home monitoring), feedback and stale edits, keyboard use and narrow screens, and
// county scope. People are created over the JSON API (tests/e2e/seed-data.ts), dated from
// today in Asia/Shanghai so that every plan is at a known point.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { addDays, saveScreenshot, signIn, todayInShanghai } from "./helpers";
import {
  seedCase,
  seedContacts,
  seedNegativeResults,
  seedResult,
  seedSecondaryContacts,
  seedSite,
  type SeededContact,
} from "./seed-data";

test.describe.configure({ mode: "serial" });

const today = todayInShanghai();
let people: {
  due: SeededContact; // identified today: a test and both health checks due today
  transfer: SeededContact; // day 15 today: moves to home health monitoring
  health: SeededContact; // day 3, for health checks and extensions
  early: SeededContact; // day 5, release refused
  release: SeededContact; // day 25, release date passed, every test negative
  positive: SeededContact; // a close contact with two secondary contacts
  secondaries: SeededContact[];
  stale: SeededContact;
  raced: SeededContact; // due for release; a colleague releases it first
};

async function staffPage(browser: Browser, baseURL: string | undefined, account: "maerkang" | "wenchuan" = "maerkang"): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: "zh-CN", timezoneId: "Asia/Shanghai" });
  const page = await context.newPage();
  await signIn(page, account);
  return page;
}

test.beforeAll(async ({ browser }, testInfo) => {
  const page = await staffPage(browser, testInfo.project.use.baseURL);
  const request = page.request;
  const source = await seedCase(request, "工作台病例", addDays(today, -26));
  const [due, transfer, health, early, release, positive, stale, raced] = await seedContacts(request, source.id, [
    { base: "今日应检", category: "CLOSE", lastExposureDate: addDays(today, -1), identifiedDate: today },
    { base: "今日转运", category: "CLOSE", lastExposureDate: addDays(today, -15), identifiedDate: addDays(today, -14) },
    { base: "健康监测", category: "CLOSE", lastExposureDate: addDays(today, -3), identifiedDate: addDays(today, -2) },
    { base: "提前解除", category: "CLOSE", lastExposureDate: addDays(today, -5), identifiedDate: addDays(today, -4) },
    { base: "按期解除", category: "CLOSE", lastExposureDate: addDays(today, -25), identifiedDate: addDays(today, -24) },
    { base: "阳性密接", category: "CLOSE", lastExposureDate: addDays(today, -3), identifiedDate: addDays(today, -2) },
    { base: "并发编辑", category: "CLOSE", lastExposureDate: addDays(today, -3), identifiedDate: addDays(today, -2) },
    { base: "并发解除", category: "CLOSE", lastExposureDate: addDays(today, -25), identifiedDate: addDays(today, -24) },
  ]);
  const secondaries = await seedSecondaryContacts(request, positive!.id, [
    { base: "次密接甲", category: "SECONDARY", lastExposureDate: addDays(today, -1), identifiedDate: today },
    { base: "次密接乙", category: "SECONDARY", lastExposureDate: addDays(today, -1), identifiedDate: today },
  ]);
  await seedNegativeResults(request, transfer!, addDays(today, -1));
  await seedNegativeResults(request, health!, addDays(today, -1));
  await seedNegativeResults(request, release!, today);
  await seedNegativeResults(request, raced!, today);
  await seedResult(request, early!.id, addDays(today, -4), "NEGATIVE");
  people = { due: due!, transfer: transfer!, health: health!, early: early!, release: release!, positive: positive!, secondaries, stale: stale!, raced: raced! };
  // This spec's people are assigned to the signed-in staff member, so "my people" on Today shows
  // them on its first page whatever other specs left in 马尔康市.
  const me = (await (await request.get("/api/v1/me")).json()) as { user: { id: string } };
  const mine = [due!, transfer!, health!, early!, release!, positive!, stale!, raced!].map((c) => ({ id: c.id }));
  expect((await request.post("/api/v1/contacts/bulk", { data: { action: "assignStaff", assignedToId: me.user.id, contacts: mine } })).status()).toBe(200);
  await page.context().close();
});

// Today by person (docs/decisions/0022-today-by-person.md): one row per person, with every open item.
const row = (page: Page, name: string) => page.getByTestId("section-people").getByRole("row").filter({ hasText: name });
const dialog = (page: Page) => page.getByRole("dialog");
const feedback = (page: Page) => page.getByTestId("feedback-message");

test("Today lists each person once with their items and counts, and records a result, a health check and a transfer in place", async ({ page }) => {
  await signIn(page, "maerkang");
  await expect(page).toHaveURL(/\/today$/);
  await page.goto("/today?assignedTo=me");
  await expect(page.getByRole("heading", { level: 1, name: "今日任务" })).toBeVisible();
  await expect(page.getByTestId("task-date")).toContainText(today);
  for (const label of ["逾期未检", "今日应检", "转居家监测", "应解除", "健康监测未录"]) {
    await expect(page.getByTestId("task-counts")).toContainText(label);
  }
  const dueCount = Number(await page.getByTestId("count-testsDue").locator("span").first().textContent());
  expect(dueCount).toBeGreaterThanOrEqual(1);

  // Each person is one row, named (a link to the contact page) with category, phase and items.
  const dueRow = row(page, people.due.name);
  await expect(dueRow).toHaveCount(1);
  await expect(dueRow.getByRole("link", { name: people.due.name })).toHaveAttribute("href", `/contacts/${people.due.id}`);
  await expect(dueRow).toContainText("密切接触者");
  await expect(dueRow).toContainText("集中隔离");
  // Names here start with their scenario ("今日应检-…"): look at the items cell.
  const items = (name: string) => row(page, name).getByTestId("person-items");
  await expect(items(people.due.name)).toContainText("今日应检");
  await expect(items(people.transfer.name)).toContainText("转居家监测");
  await expect(row(page, people.release.name)).toContainText(people.release.plan.releaseDate);
  await expect(items(people.due.name)).toContainText("上午");
  await saveScreenshot(page, "today");

  // Record the due test's result: the date is prefilled with the scheduled day, the result is not.
  await dueRow.getByRole("button", { name: "录入核酸结果" }).click();
  await expect(dialog(page).getByLabel("采样日期")).toHaveValue(today);
  await expect(dialog(page).getByRole("radio", { name: "阴性" })).not.toBeChecked();
  await dialog(page).getByRole("radio", { name: "阴性" }).check();
  await dialog(page).getByRole("button", { name: "保存结果" }).click();
  await expect(feedback(page)).toContainText(`已录入 ${today} 的核酸结果：阴性。`);
  await expect(items(people.due.name)).not.toContainText("今日应检");
  await expect(page.getByTestId("count-testsDue").locator("span").first()).toHaveText(String(dueCount - 1));

  // The morning health check.
  await dueRow.getByRole("button", { name: "录入健康监测" }).click();
  await expect(dialog(page).getByRole("radio", { name: "上午" })).toBeChecked();
  await dialog(page).getByLabel("体温（℃）").fill("36.6");
  await dialog(page).getByRole("button", { name: "保存健康监测" }).click();
  await expect(feedback(page)).toContainText("36.6 ℃");
  await expect(items(people.due.name)).not.toContainText("上午");
  await expect(items(people.due.name)).toContainText("下午");

  // Mark the transfer to home monitoring: the item goes, and stays gone.
  await row(page, people.transfer.name).getByRole("button", { name: "确认转运" }).click();
  await dialog(page).getByRole("button", { name: "确认转运" }).click();
  await expect(feedback(page)).toContainText(`${people.transfer.name} 已转为居家健康监测。`);
  await expect(items(people.transfer.name).filter({ hasText: "转居家监测" })).toHaveCount(0);
  await page.reload();
  await expect(items(people.transfer.name).filter({ hasText: "转居家监测" })).toHaveCount(0);
});

test("Today looks ahead read-only, and says so", async ({ page }) => {
  await signIn(page, "maerkang");
  await page.goto("/today?assignedTo=me");
  const tomorrow = addDays(today, 1);
  await page.getByLabel("日期", { exact: true }).fill(tomorrow);
  await page.getByRole("button", { name: "查看" }).click();
  // Changing the day keeps the filters in force ("my people").
  await expect(page).toHaveURL(new RegExp(`/today\\?date=${tomorrow}&assignedTo=me$`));
  await expect(page.getByTestId("task-date")).toHaveText(`${tomorrow} 的任务`);
  await expect(page.getByRole("status").filter({ hasText: "您正在查看" })).toBeVisible();
  // The health contact's day-4 test falls tomorrow: listed, but nothing to record yet.
  const r = row(page, people.health.name);
  await expect(r.getByTestId("person-items")).toContainText("今日应检");
  await expect(r.getByRole("button")).toHaveCount(0);
  await page.goto("/today?date=2026-02-30");
  await expect(page.getByText("“2026-02-30”不是有效日期")).toBeVisible();
});

test("a contact page shows the plan timeline, its text version, tests and the source chain", async ({ page }) => {
  await signIn(page, "maerkang");
  await page.goto("/contacts");
  await page.getByLabel("按姓名、证件号码或电话搜索").fill(people.health.name);
  await page.getByRole("button", { name: "搜索" }).click();
  await expect(page).toHaveURL(/q=/);
  await page.getByRole("link", { name: people.health.name }).click();
  await expect(page).toHaveURL(`/contacts/${people.health.id}`);
  await expect(page.getByTestId("contact-name")).toHaveText(people.health.name);
  await expect(page.getByTestId("contact-badges")).toContainText("密切接触者");
  await expect(page.getByTestId("contact-badges")).toContainText("集中隔离");
  await expect(page.getByTestId("contact-badges")).toContainText("末次暴露后第 3 天");

  const timeline = page.getByTestId("plan-timeline");
  await expect(timeline.locator("[data-phase]")).toHaveCount(2);
  await expect(timeline.getByTestId("timeline-today")).toBeVisible();
  await expect(timeline.locator(`[data-test-date="${addDays(today, -2)}"]`)).toHaveAttribute("data-outcome", "NEGATIVE");
  await expect(timeline.locator(`[data-test-date="${addDays(today, 1)}"]`)).toHaveAttribute("data-outcome", "UPCOMING");
  // The same data as text.
  const schedule = page.getByTestId("plan-schedule");
  await expect(schedule.getByRole("table", { name: "方案各阶段" }).getByRole("row")).toHaveCount(3);
  await expect(schedule.getByRole("table", { name: "计划核酸检测" }).getByRole("row")).toHaveCount(7);
  await expect(schedule.getByRole("table", { name: "计划核酸检测" }).getByRole("row").filter({ hasText: addDays(today, -2) })).toContainText("阴性");
  await expect(page.getByRole("table", { name: "已录入的核酸检测结果" })).toContainText(addDays(today, -2));

  const chain = page.getByTestId("source-chain");
  await expect(chain.getByRole("link", { name: /工作台病例/ })).toHaveAttribute("href", /^\/cases\//);
  await expect(chain).toContainText(people.health.name);
});

test("recording a health check; a second one for the same slot is refused and the form keeps its input", async ({ page }) => {
  await signIn(page, "maerkang");
  await page.goto(`/contacts/${people.health.id}`);
  await page.getByRole("button", { name: "录入健康监测" }).click();
  await expect(dialog(page).getByLabel("日期")).toHaveValue(today);
  await dialog(page).getByLabel("体温（℃）").fill("37.8");
  await dialog(page).getByRole("checkbox", { name: "咳嗽" }).check();
  await dialog(page).getByRole("button", { name: "保存健康监测" }).click();
  await expect(feedback(page)).toContainText(`已录入 ${today} 上午的健康监测（37.8 ℃）。`);
  const checks = page.getByRole("table", { name: "已录入的健康监测" });
  await expect(checks.getByRole("row").filter({ hasText: today })).toContainText("37.8 ℃");
  await expect(checks.getByRole("row").filter({ hasText: today })).toContainText("发热");
  await expect(checks.getByRole("row").filter({ hasText: today })).toContainText("咳嗽");

  await page.getByRole("button", { name: "录入健康监测" }).click();
  await dialog(page).getByRole("radio", { name: "上午" }).check();
  await dialog(page).getByLabel("体温（℃）").fill("36.9");
  await dialog(page).getByRole("button", { name: "保存健康监测" }).click();
  await expect(dialog(page).getByTestId("form-error")).toContainText("的健康监测已记录，不能重复登记");
  await expect(dialog(page).getByLabel("体温（℃）")).toHaveValue("36.9");
  await dialog(page).getByRole("button", { name: "取消" }).click();
  await expect(dialog(page)).toHaveCount(0);
});

test("extending a phase: shortening is refused with the reason kept, then the phase and later tests move", async ({ page }) => {
  await signIn(page, "maerkang");
  await page.goto(`/contacts/${people.health.id}`);
  const isolationEnd = people.health.plan.phases[0]!.endDate;
  await page.getByRole("button", { name: "延长阶段" }).click();
  await expect(dialog(page).getByLabel("阶段")).toContainText(`目前 ${isolationEnd} 结束`);
  await dialog(page).getByLabel("新的结束日期").fill(addDays(isolationEnd, -2));
  await dialog(page).getByLabel("延长原因").fill("第14天双采样结果待复核");
  await dialog(page).getByRole("button", { name: "延长" }).click();
  await expect(dialog(page).getByRole("alert").first()).toContainText(`延长后的结束日期必须晚于当前结束日期（${isolationEnd}）`);
  await expect(dialog(page).getByLabel("延长原因")).toHaveValue("第14天双采样结果待复核");

  const newEnd = addDays(isolationEnd, 3);
  await dialog(page).getByLabel("新的结束日期").fill(newEnd);
  await dialog(page).getByRole("button", { name: "延长" }).click();
  await expect(feedback(page)).toContainText(`集中隔离已延长至 ${newEnd}。`);
  const phases = page.getByRole("table", { name: "方案各阶段" });
  await expect(phases.getByRole("row").filter({ hasText: "集中隔离" })).toContainText(newEnd);
  await expect(phases.getByRole("row").filter({ hasText: "集中隔离" })).toContainText(`原定 ${isolationEnd} 结束，已延长`);
  await expect(phases.getByRole("row").filter({ hasText: "居家健康监测" })).toContainText(addDays(newEnd, 7));
  await expect(page.getByTestId("extensions")).toContainText("第14天双采样结果待复核");
  await expect(page.getByTestId("contact-facts")).toContainText(addDays(people.health.plan.releaseDate, 3));
  await feedback(page).getByRole("button", { name: "关闭提示" }).click();
  await expect(feedback(page)).toHaveCount(0);
  await saveScreenshot(page, "contact-timeline");
});

test("an early release is refused with the server's reason in the dialog", async ({ page }) => {
  await signIn(page, "maerkang");
  await page.goto(`/contacts/${people.early.id}`);
  await page.getByRole("button", { name: "解除管控" }).click();
  await expect(dialog(page)).toContainText(`方案解除日期为 ${people.early.plan.releaseDate}`);
  await dialog(page).getByRole("button", { name: "解除", exact: true }).click();
  await expect(dialog(page).getByTestId("form-error")).toHaveText(`未到解除日期，最早可于 ${people.early.plan.releaseDate} 解除。`);
  await expect(dialog(page)).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog(page)).toHaveCount(0);
  await expect(page.getByTestId("contact-badges")).toContainText("管控中");
});

test("releasing on the release date once every scheduled test is negative", async ({ page }) => {
  await signIn(page, "maerkang");
  await page.goto(`/contacts/${people.release.id}`);
  const releaseDate = people.release.plan.releaseDate;
  expect(releaseDate <= today).toBe(true);
  await expect(page.getByTestId("plan-timeline").locator('[data-outcome="NEGATIVE"]')).toHaveCount(people.release.plan.tests.length);
  await page.getByRole("button", { name: "解除管控" }).click();
  await dialog(page).getByLabel("解除日期").fill(releaseDate);
  await dialog(page).getByRole("button", { name: "解除", exact: true }).click();
  await expect(feedback(page)).toContainText(`${people.release.name} 已于 ${releaseDate} 解除管控。`);
  await expect(page.getByTestId("contact-badges")).toContainText("已解除");
  await expect(page.getByTestId("contact-inactive")).toBeVisible();
  await expect(page.getByTestId("contact-actions")).toHaveCount(0);
});

test("a positive result on a close contact with two secondary contacts shows the escalation", async ({ page }) => {
  await signIn(page, "maerkang");
  await page.goto(`/contacts/${people.positive.id}`);
  const exposed = page.getByTestId("exposed-contacts");
  for (const s of people.secondaries) await expect(exposed.getByRole("link", { name: s.name })).toBeVisible();

  await page.getByRole("button", { name: "录入核酸结果" }).click();
  await expect(dialog(page).getByLabel("采样日期")).toHaveValue(addDays(today, -2));
  await dialog(page).getByRole("radio", { name: "阳性" }).check();
  await expect(dialog(page).getByRole("status").filter({ hasText: "该人员将转为病例" })).toBeVisible();
  await dialog(page).getByRole("button", { name: "保存结果" }).click();

  await expect(feedback(page)).toContainText(`已录入阳性结果：${people.positive.name} 已转为病例。`);
  await expect(feedback(page)).toContainText("2 名次密切接触者已升级为密切接触者。");
  await expect(feedback(page).getByRole("link", { name: "查看新病例" })).toHaveAttribute("href", /^\/cases\//);
  const escalation = page.getByTestId("escalation");
  await expect(escalation).toContainText("已转为病例");
  await expect(escalation.getByRole("link", { name: /查看病例/ })).toHaveAttribute("href", /^\/cases\//);
  const upgraded = escalation.getByTestId("upgraded-contacts");
  for (const s of people.secondaries) await expect(upgraded.getByRole("listitem").filter({ hasText: s.name })).toContainText("原为次密切接触者");
  await expect(page.getByTestId("contact-badges")).toContainText("已转为病例");

  // An upgraded contact: now a close contact of the new case, with a fresh 14+7 plan.
  await upgraded.getByRole("link", { name: people.secondaries[0]!.name }).click();
  await expect(page.getByTestId("contact-badges")).toContainText("密切接触者");
  await expect(page.getByTestId("contact-badges")).toContainText("由次密切接触者升级");
  await expect(page.getByTestId("plan-timeline").locator('[data-phase="HOME_HEALTH_MONITORING"]')).toHaveCount(1);
  // Its chain: original case → the close contact → the case that contact became → this person.
  const links = page.getByTestId("source-chain").getByRole("link", { name: people.positive.name });
  await expect(links).toHaveCount(2);
  await expect(links.first()).toHaveAttribute("href", `/contacts/${people.positive.id}`);
  await expect(links.last()).toHaveAttribute("href", /^\/cases\//);
});

test("a stale edit is explained, the page shows the newer data and the form keeps its input", async ({ page, browser }, testInfo) => {
  await signIn(page, "maerkang");
  await page.goto(`/contacts/${people.stale.id}`);
  await page.getByRole("button", { name: "提前终止（重新判定）" }).click();
  await dialog(page).getByLabel("原因").fill("传染源已排除");

  // Meanwhile a colleague extends the isolation.
  const colleague = await staffPage(browser, testInfo.project.use.baseURL);
  await colleague.goto(`/contacts/${people.stale.id}`);
  await colleague.getByRole("button", { name: "延长阶段" }).click();
  await dialog(colleague).getByLabel("新的结束日期").fill(addDays(people.stale.plan.phases[0]!.endDate, 2));
  await dialog(colleague).getByLabel("延长原因").fill("同事的延长");
  await dialog(colleague).getByRole("button", { name: "延长" }).click();
  await expect(feedback(colleague)).toBeVisible();
  await colleague.context().close();

  await dialog(page).getByRole("button", { name: "提前终止" }).click();
  await expect(dialog(page).getByTestId("form-error")).toContainText("该记录已被他人修改");
  await expect(dialog(page).getByTestId("form-error")).toContainText("页面已更新为最新内容，您填写的内容已保留。");
  await expect(dialog(page).getByLabel("原因")).toHaveValue("传染源已排除");
  await expect(page.getByTestId("extensions")).toContainText("同事的延长");
  // Now based on the current version, the same input goes through.
  await dialog(page).getByRole("button", { name: "提前终止" }).click();
  await expect(feedback(page)).toContainText("的隔离方案已提前终止。");
  await expect(page.getByTestId("contact-badges")).toContainText("已提前终止");
});

test("assigning an isolation site; a site that filled up meanwhile is refused with its reason", async ({ page }) => {
  await signIn(page, "maerkang");
  const site = await seedSite(page.request, "工作台隔离点", 2);
  await page.goto(`/contacts/${people.health.id}`);
  await page.getByRole("button", { name: "安排隔离点" }).click();
  await dialog(page).getByLabel("隔离点").selectOption({ label: `${site.name}（空余 2/2 间）` });
  await dialog(page).getByRole("button", { name: "保存" }).click();
  await expect(feedback(page)).toContainText(`已安排隔离点：${site.name}。`);
  await expect(page.getByTestId("contact-facts")).toContainText(site.name);

  await page.goto(`/contacts/${people.early.id}`);
  await page.getByRole("button", { name: "安排隔离点" }).click();
  await dialog(page).getByLabel("隔离点").selectOption({ label: `${site.name}（空余 1/2 间）` });
  // Meanwhile the last room goes to someone else.
  const res = await page.request.put(`/api/v1/contacts/${people.due.id}/site`, { data: { siteId: site.id } });
  expect(res.status()).toBe(200);
  await dialog(page).getByRole("button", { name: "保存" }).click();
  await expect(dialog(page).getByTestId("form-error")).toHaveText(`隔离点“${site.name}”已满（共 2 间）。`);
  await expect(dialog(page).getByLabel("隔离点").locator("option", { hasText: site.name })).toHaveText(`${site.name}（已满）`);
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("contact-facts")).toContainText("未安排隔离点");

  // The list filters by site.
  await page.goto(`/contacts?siteId=${site.id}`);
  const table = page.getByRole("table", { name: "符合筛选条件的接触者" });
  await expect(table.getByRole("row")).toHaveCount(3);
  await expect(table.getByRole("row").filter({ hasText: people.health.name })).toContainText(site.name);
  await saveScreenshot(page, "contacts-list");
});

test("a task a colleague completed meanwhile: the refusal stays on screen when its row goes", async ({ page }) => {
  await signIn(page, "maerkang");
  await page.goto("/today?assignedTo=me");
  const r = row(page, people.raced.name);
  await r.getByRole("button", { name: "解除管控" }).click();
  // A colleague releases the person first (over the API, with the same rights).
  const res = await page.request.post(`/api/v1/contacts/${people.raced.id}/release`, { data: { date: today } });
  expect(res.status()).toBe(200);
  await dialog(page).getByRole("button", { name: "解除", exact: true }).click();
  await expect(feedback(page)).toContainText("该接触者当前已解除管控，不能进行此操作。");
  await expect(r).toHaveCount(0);
  await expect(dialog(page)).toHaveCount(0);
});

test("the contacts list filters and searches through the URL", async ({ page }) => {
  await signIn(page, "maerkang");
  await page.goto("/contacts");
  await expect(page.getByRole("heading", { level: 1, name: "接触者" })).toBeVisible();
  await page.getByLabel("类别").selectOption("CLOSE");
  await page.getByLabel("状态").selectOption("RELEASED");
  await page.getByRole("button", { name: "应用筛选" }).click();
  await expect(page).toHaveURL(/category=CLOSE/);
  await expect(page).toHaveURL(/status=RELEASED/);
  const table = page.getByRole("table", { name: "符合筛选条件的接触者" });
  await expect(table.getByRole("link", { name: people.release.name })).toBeVisible();
  await expect(table.getByRole("link", { name: people.health.name })).toHaveCount(0);

  // A shared URL shows the same list; search by ID number and by phone.
  await page.goto(`/contacts?q=${people.health.idNumber}`);
  await expect(table.getByRole("row")).toHaveCount(2);
  const r = table.getByRole("row").filter({ hasText: people.health.name });
  await expect(r).toContainText("密切接触者");
  await expect(r).toContainText("集中隔离");
  await expect(r).toContainText(addDays(today, 1)); // next test: day 4
  await expect(r).toContainText("管控中");
  await page.goto(`/contacts?q=${people.health.phone}`);
  await expect(table.getByRole("link", { name: people.health.name })).toBeVisible();
  // The early contact's day-4 test (yesterday) has no result: overdue, not due today.
  await page.goto(`/contacts?due=overdue&q=${encodeURIComponent(people.early.name)}`);
  await expect(table.getByRole("row").filter({ hasText: people.early.name })).toContainText("已逾期");
  await page.goto(`/contacts?due=today&q=${encodeURIComponent(people.early.name)}`);
  await expect(table).toContainText("没有符合条件的接触者");
});

test("dialogs work from the keyboard: open, focus inside, Escape closes and focus returns", async ({ page }) => {
  await signIn(page, "maerkang");
  await page.goto(`/contacts/${people.health.id}`);
  const opener = page.getByRole("button", { name: "录入核酸结果" });
  await opener.focus();
  await page.keyboard.press("Enter");
  await expect(dialog(page)).toBeVisible();
  await expect(dialog(page).getByRole("heading")).toHaveText(`录入核酸结果 — ${people.health.name}`);
  expect(await page.evaluate(() => document.activeElement?.closest("dialog") !== null)).toBe(true);
  await page.keyboard.press("Escape");
  await expect(dialog(page)).toHaveCount(0);
  await expect(opener).toBeFocused();
});

for (const width of [1024, 768]) {
  test(`Today, the list and a contact page fit a ${width} px screen without horizontal scrolling`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await signIn(page, "maerkang");
    for (const url of ["/today", "/contacts", `/contacts/${people.health.id}`]) {
      await page.goto(url);
      await expect(page.locator("main h1")).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${url} at ${width}px`).toBeLessThanOrEqual(0);
      if (width === 768 && url !== "/contacts") await saveScreenshot(page, `tablet-${url === "/today" ? "today" : "contact"}`);
    }
  });
}

test("messages follow the user's language: English refusals and labels", async ({ page }) => {
  await signIn(page, "maerkang");
  await page.getByRole("button", { name: "语言" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Today's tasks" })).toBeVisible();
  await expect(page.getByTestId("task-counts")).toContainText("Overdue tests");
  await page.goto(`/contacts/${people.early.id}`);
  await page.getByRole("button", { name: "Release" }).click();
  await dialog(page).getByRole("button", { name: "Release", exact: true }).click();
  await expect(dialog(page).getByTestId("form-error")).toHaveText(`Not yet due for release; the earliest release date is ${people.early.plan.releaseDate}.`);
  await page.keyboard.press("Escape");
  await expect(page.getByRole("table", { name: "Scheduled nucleic-acid tests" })).toContainText("Negative");
  await page.getByRole("button", { name: "Language" }).click();
  await expect(page.getByRole("table", { name: "计划核酸检测" })).toBeVisible();
});

test("a 汶川县 staff member sees none of 马尔康市's contacts: not in lists, not by search, not by URL", async ({ page }) => {
  await signIn(page, "wenchuan");
  await expect(page.getByTestId("main-nav")).toBeVisible();
  const names = [people.health.name, people.due.name, people.transfer.name];
  for (const name of names) await expect(page.getByRole("main")).not.toContainText(name);

  await page.goto("/contacts");
  for (const name of names) await expect(page.getByRole("main")).not.toContainText(name);
  await page.goto(`/contacts?q=${encodeURIComponent(people.health.name)}`);
  await expect(page.getByRole("table", { name: "符合筛选条件的接触者" })).toContainText("没有符合条件的接触者");
  await page.goto(`/contacts?q=${people.health.idNumber}`);
  await expect(page.getByRole("table", { name: "符合筛选条件的接触者" })).toContainText("没有符合条件的接触者");

  const response = await page.goto(`/contacts/${people.health.id}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByTestId("contact-not-found")).toContainText("未找到该接触者");
  await expect(page.getByRole("main")).not.toContainText(people.health.name);
});
