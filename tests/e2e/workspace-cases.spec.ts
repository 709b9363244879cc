// County staff on the case pages, the contact entry grid and the isolation sites (Chromium):
// registering a case with per-field feedback, editing it (and a stale edit), its movement
// track, five close contacts entered through the grid (typed with the keyboard, one pasted
// block, one invalid ID number reported at its cell and fixed), two secondary contacts of a
// close contact, a site of capacity 1, narrow screens, and 汶川县 seeing nothing of 马尔康市.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { cell, field, newIdNumber as idNumber, paste, saveScreenshot, shanghaiDate, signIn } from "./helpers";

test.describe.configure({ mode: "serial" });
test.use({ viewport: { width: 1024, height: 900 } });

const TAG = Math.random().toString(36).slice(2, 6).toUpperCase();
const named = (base: string) => `${base}${TAG}`;

const today = shanghaiDate();
const slashed = (date: string) => date.replace(/-0?/g, "/"); // 2026-03-05 → 2026/3/5

const wrongCheckDigit = (id: string) => id.slice(0, 17) + (id[17] === "1" ? "2" : "1");

const story = {
  caseName: named("赵病例"),
  caseId: "",
  caseIdNumber: idNumber(),
  close: [
    { name: named("钱一"), id: idNumber(), exposure: shanghaiDate(-2) },
    { name: named("孙二"), id: idNumber(), exposure: shanghaiDate(-2) },
    { name: named("李三"), id: idNumber(), exposure: shanghaiDate(-3) },
    { name: named("周四"), id: idNumber(), exposure: shanghaiDate(-3) },
    { name: named("吴五"), id: idNumber(), exposure: shanghaiDate(-1) },
  ],
  siteName: named("马尔康隔离酒店"),
  siteUrl: "",
};

async function staffPage(browser: Browser, account: "maerkang" | "wenchuan"): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: "zh-CN", timezoneId: "Asia/Shanghai", viewport: { width: 1024, height: 900 } });
  const page = await context.newPage();
  await signIn(page, account);
  return page;
}

test("county staff register a case: refused fields are explained and what was typed stays", async ({ page }) => {
  await signIn(page, "maerkang");
  await page.getByTestId("main-nav").getByRole("link", { name: "病例" }).click();
  await expect(page.getByRole("heading", { name: "病例", level: 1 })).toBeVisible();
  await page.getByRole("link", { name: "新增病例" }).click();
  await expect(page.getByRole("heading", { name: "新增病例", level: 1 })).toBeVisible();

  await field(page, "姓名").fill(story.caseName);
  await field(page, "证件号码").fill(wrongCheckDigit(story.caseIdNumber));
  await field(page, "电话").fill("13800001234");
  await page.getByRole("button", { name: "登记病例" }).click();

  await expect(page.getByRole("main").getByRole("alert").first()).toContainText("病例未登记");
  await expect(field(page, "性别")).toHaveAccessibleDescription("此项为必填项。");
  await expect(field(page, "分类")).toHaveAccessibleDescription("此项为必填项。");
  await expect(field(page, "证件号码")).toHaveAccessibleDescription("身份证号校验位不正确，请逐位核对。");
  await expect(field(page, "姓名")).toHaveValue(story.caseName);
  await expect(field(page, "电话")).toHaveValue("13800001234");
  await expect(field(page, "性别")).toBeFocused();

  await field(page, "性别").selectOption({ label: "女" });
  await field(page, "证件号码").fill(story.caseIdNumber);
  await field(page, "分类").selectOption({ label: "确诊病例" });
  await field(page, "确诊日期").fill(slashed(shanghaiDate(-1)));
  await field(page, "发病日期").fill(shanghaiDate(-3));
  await field(page, "流调摘要").fill("3 月起在马尔康市区活动。");
  await page.getByRole("button", { name: "登记病例" }).click();

  await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}\?created=1$/);
  story.caseId = page.url().match(/cases\/([0-9a-f-]{36})/)![1]!;
  await expect(page.getByRole("heading", { name: story.caseName, level: 1 })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "病例已登记" })).toBeVisible();
  const summary = page.getByTestId("case-summary");
  await expect(summary.locator("[data-field=confirmedDate]")).toHaveText(shanghaiDate(-1));
  await expect(summary.locator("[data-field=idNumber]")).toHaveText(story.caseIdNumber);
  await expect(page.getByTestId("case-notes")).toHaveText("3 月起在马尔康市区活动。");

  // The list finds it by name, ID number and phone.
  for (const q of [story.caseName, story.caseIdNumber.slice(-6), "13800001234"]) {
    await page.goto(`/cases?q=${encodeURIComponent(q)}`);
    await expect(page.getByTestId("case-list").getByRole("link", { name: story.caseName })).toBeVisible();
  }
});

test("the case page edits details and the movement track; a stale edit explains itself and shows the newer data", async ({ browser }) => {
  const mine = await staffPage(browser, "maerkang");
  const theirs = await staffPage(browser, "maerkang");
  await mine.goto(`/cases/${story.caseId}`);
  await theirs.goto(`/cases/${story.caseId}`);

  await mine.getByRole("button", { name: "修改", exact: true }).click();
  await theirs.getByRole("button", { name: "修改", exact: true }).click();
  await field(theirs, "当前所在地").fill("州人民医院");
  await theirs.getByRole("button", { name: "保存修改" }).click();
  await expect(theirs.getByRole("status").filter({ hasText: "修改已保存" })).toBeVisible();

  await field(mine, "当前所在地").fill("马尔康市人民医院");
  await mine.getByRole("button", { name: "保存修改" }).click();
  const stale = mine.getByTestId("stale-panel");
  await expect(stale).toContainText("其他人修改了这条记录");
  await expect(stale).toContainText("州人民医院");
  await expect(stale).toContainText("已变更");
  await expect(field(mine, "当前所在地")).toHaveValue("马尔康市人民医院");
  await mine.getByRole("button", { name: "保存修改" }).click();
  await expect(mine.getByRole("status").filter({ hasText: "修改已保存" })).toBeVisible();
  await expect(mine.getByTestId("case-summary").locator("[data-field=currentLocation]")).toHaveText("马尔康市人民医院");

  // Movement track: add (a refused entry keeps its text), edit in place, remove.
  const track = mine.getByTestId("track-table");
  await field(mine, "地点").fill("马尔康市某超市");
  await mine.getByRole("button", { name: "添加", exact: true }).click();
  await expect(mine.locator("#track-new-date")).toHaveAccessibleDescription(/日期无效/);
  await expect(field(mine, "地点")).toHaveValue("马尔康市某超市");
  await mine.locator("#track-new-date").fill(shanghaiDate(-4));
  await field(mine, "活动").fill("购物");
  await mine.getByRole("button", { name: "添加", exact: true }).click();
  await expect(track.getByTestId("track-row")).toHaveCount(1);
  await mine.locator("#track-new-date").fill(shanghaiDate(-3));
  await field(mine, "地点").fill("某餐馆");
  await mine.getByRole("button", { name: "添加", exact: true }).click();
  await expect(track.getByTestId("track-row")).toHaveCount(2);

  await mine.getByRole("button", { name: `修改 ${shanghaiDate(-3)} 的行程` }).click();
  await field(track, "地点").fill("某火锅店");
  await track.getByRole("button", { name: "保存" }).click();
  await expect(track.getByTestId("track-row").nth(1)).toContainText("某火锅店");

  await mine.getByRole("button", { name: `删除 ${shanghaiDate(-4)} 的行程` }).click();
  await mine.getByRole("dialog").getByRole("button", { name: "删除" }).click();
  await expect(mine.getByRole("status").filter({ hasText: "行程已删除" })).toBeVisible();
  await expect(track.getByTestId("track-row")).toHaveCount(1);
  await expect(track).not.toContainText("马尔康市某超市");
  await mine.context().close();
  await theirs.context().close();
});

test("five close contacts through the grid: keyboard, a pasted block, an invalid ID number fixed at its cell, plans shown", async ({ page }) => {
  await signIn(page, "maerkang");
  await page.goto(`/cases/${story.caseId}`);
  await page.getByRole("link", { name: "录入接触者" }).click();
  await expect(page.getByRole("heading", { name: `录入 ${story.caseName} 的接触者` })).toBeVisible();
  // At 1024 px the first columns fit; birth date, address and site follow by scrolling sideways.
  const box = page.getByTestId("entry-grid-scroll");
  expect(await box.evaluate((el) => (el.querySelector('[data-col="7"]') as HTMLElement).getBoundingClientRect().right - el.getBoundingClientRect().right)).toBeLessThanOrEqual(0);
  await expect(page.getByRole("columnheader", { name: "隔离点" })).toBeAttached();
  const [a, b, c, d, e] = story.close as [(typeof story.close)[number], (typeof story.close)[number], (typeof story.close)[number], (typeof story.close)[number], (typeof story.close)[number]];

  // Row 1 with the keyboard only: Tab across the cells, Enter down, arrows up.
  await cell(page, "姓名", 1).click();
  await page.keyboard.type(a.name);
  await page.keyboard.press("Tab");
  await expect(cell(page, "性别", 1)).toBeFocused();
  await cell(page, "性别", 1).selectOption("MALE");
  await page.keyboard.press("Tab");
  await page.keyboard.type(a.id);
  await page.keyboard.press("Tab");
  await page.keyboard.type("13900000001");
  await page.keyboard.press("Tab");
  await cell(page, "类别", 1).selectOption("CLOSE");
  await page.keyboard.press("Tab");
  await cell(page, "暴露场所", 1).selectOption("HOUSEHOLD");
  await page.keyboard.press("Tab");
  await page.keyboard.type(a.exposure);
  await page.keyboard.press("Enter");
  await expect(cell(page, "末次暴露日期", 2)).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(cell(page, "末次暴露日期", 1)).toBeFocused();
  await expect(cell(page, "判定日期", 1)).toHaveValue(today); // identified today by default

  // Row 2 with a wrong check digit.
  await cell(page, "姓名", 2).fill(b.name);
  await cell(page, "身份证号", 2).fill(wrongCheckDigit(b.id));
  await cell(page, "类别", 2).selectOption("CLOSE");
  await cell(page, "末次暴露日期", 2).fill(b.exposure);

  // Rows 3–5 pasted as copied from a spreadsheet: Chinese labels, dates written 2026/3/5.
  const block = [
    [c.name, "女", c.id, "13900000003", "密接", "同住", slashed(c.exposure)],
    [d.name, "男", d.id, "", "密切接触者", "聚餐", slashed(d.exposure)],
    [e.name, "女", e.id, "13900000005", "密接", "工作场所", e.exposure],
  ]
    .map((r) => r.join("\t"))
    .join("\r\n");
  await paste(cell(page, "姓名", 3), `${block}\r\n`);
  await expect(page.getByRole("status").filter({ hasText: "已粘贴 3 行" })).toBeVisible();
  await expect(page.getByTestId("grid-row")).toHaveCount(5);
  await expect(cell(page, "类别", 4)).toHaveValue("CLOSE");
  await expect(cell(page, "暴露场所", 4)).toHaveValue("MEAL");
  await expect(cell(page, "末次暴露日期", 4)).toHaveValue(d.exposure);
  await expect(cell(page, "性别", 5)).toHaveValue("FEMALE");

  // Enter on the last row adds one; Ctrl+Delete removes it again.
  await cell(page, "电话", 5).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("grid-row")).toHaveCount(6);
  await expect(cell(page, "电话", 6)).toBeFocused();
  await page.keyboard.press("Control+Delete");
  await expect(page.getByTestId("grid-row")).toHaveCount(5);

  // Saving is held back: the bad ID number is reported at its cell, nothing is sent.
  await page.getByTestId("grid-save").click();
  await expect(page.getByTestId("grid-notice")).toContainText("有 1 行需要更正");
  const badCell = cell(page, "身份证号", 2);
  await expect(badCell).toHaveAttribute("aria-invalid", "true");
  await expect(badCell).toHaveAccessibleDescription("身份证号校验位不正确，请逐位核对。");
  await saveScreenshot(page, "contact-entry-grid");

  await badCell.fill(b.id);
  await expect(badCell).not.toHaveAttribute("aria-invalid", "true");
  await page.getByTestId("grid-save").click();

  await expect(page.getByTestId("grid-notice")).toContainText("已保存 5 名接触者");
  const plans = page.getByTestId("saved-plans");
  for (const person of story.close) {
    const row = plans.getByRole("row").filter({ hasText: person.name });
    await expect(row).toContainText("集中隔离");
    await expect(row).toContainText("居家健康监测");
    await expect(row).toContainText("双采双检");
    // 14+7 from the last exposure: released on day 21.
    const [y, m, dd] = person.exposure.split("-").map(Number) as [number, number, number];
    await expect(row.getByTestId("release-date")).toHaveText(new Date(Date.UTC(y, m - 1, dd + 21)).toISOString().slice(0, 10));
  }
});

test("the grid maps the server's refusal onto the cell, keeps the rows and warns before leaving", async ({ page }) => {
  await signIn(page, "maerkang");
  await page.goto(`/cases/${story.caseId}/contacts/new`);
  const first = story.close[0]!;
  // Valid in the browser, refused by the server: the case itself (an open case here) is no contact.
  await cell(page, "姓名", 1).fill(first.name);
  await cell(page, "身份证号", 1).fill(story.caseIdNumber);
  await cell(page, "类别", 1).selectOption("GENERAL");
  await cell(page, "末次暴露日期", 1).fill(first.exposure);
  await page.getByTestId("grid-save").click();
  await expect(page.getByTestId("grid-notice")).toContainText("尚未保存");
  await expect(cell(page, "身份证号", 1)).toHaveAccessibleDescription(/此人已是本县病例/);
  await expect(page.getByTestId("match-open-case").getByRole("link", { name: "打开该病例" })).toHaveAttribute("href", `/cases/${story.caseId}`);
  await expect(cell(page, "姓名", 1)).toHaveValue(first.name);
  // Nothing can make the row valid: saving is held back until it is corrected.
  await page.getByTestId("grid-save").click();
  await expect(page.getByTestId("grid-notice")).toContainText("1 行需要修改或删除");

  // Unsaved rows: following a link asks first; declining stays on the page.
  let asked = "";
  page.once("dialog", (dialog) => {
    asked = dialog.message();
    void dialog.dismiss();
  });
  await page.getByTestId("main-nav").getByRole("link", { name: "病例" }).click();
  expect(asked).toContain("尚未保存");
  await expect(page).toHaveURL(/\/contacts\/new$/);
});

test("two secondary contacts of a close contact through the grid", async ({ page }) => {
  await signIn(page, "maerkang");
  await page.goto(`/cases/${story.caseId}`);
  const close = story.close[0]!;
  await page.getByRole("link", { name: `录入 ${close.name} 的次密接` }).click();
  await expect(page.getByRole("heading", { name: `录入 ${close.name} 的次密切接触者` })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "类别" })).toHaveCount(0);

  const exposure = shanghaiDate(-1);
  const secondaries = [named("郑六"), named("王七")];
  await paste(cell(page, "姓名", 1), [`${secondaries[0]}\t男\t${idNumber()}\t\t家人\t${exposure}`, `${secondaries[1]}\t女\t\t13900000007\t同事\t${exposure}`].join("\n"));
  await page.getByTestId("grid-save").click();
  await expect(page.getByTestId("grid-notice")).toContainText("已保存 2 名接触者");
  const plans = page.getByTestId("saved-plans");
  for (const name of secondaries) {
    const row = plans.getByRole("row").filter({ hasText: name });
    await expect(row).toContainText("次密切接触者");
    await expect(row).toContainText("居家隔离");
    const [y, m, d] = exposure.split("-").map(Number) as [number, number, number];
    await expect(row.getByTestId("release-date")).toHaveText(new Date(Date.UTC(y, m - 1, d + 14)).toISOString().slice(0, 10));
  }

  await page.getByRole("link", { name: "返回病例" }).last().click();
  await expect(page.getByTestId("contacts-CLOSE").getByRole("row")).toHaveCount(6);
  const secondary = page.getByTestId("contacts-SECONDARY");
  await expect(secondary.getByRole("row")).toHaveCount(3);
  await expect(secondary.getByRole("row").filter({ hasText: secondaries[0]! })).toContainText(close.name);
  await expect(secondary.getByRole("row").filter({ hasText: secondaries[0]! })).toContainText("居家隔离");
  const closeRow = page.getByTestId("contacts-CLOSE").getByRole("row").filter({ hasText: close.name });
  await expect(closeRow).toContainText("集中隔离");
  await expect(closeRow).toContainText(today); // identified today: the intake test is due today

  await page.goto(`/cases?q=${encodeURIComponent(story.caseName)}`);
  await expect(page.getByTestId("case-list").getByRole("row").filter({ hasText: story.caseName })).toContainText("密接 5");
  await expect(page.getByTestId("case-list").getByRole("row").filter({ hasText: story.caseName })).toContainText("次密接 2");
  await page.goto(`/cases/${story.caseId}`);
  await saveScreenshot(page, "case-page");
});

test("a secondary contact exposed before its close contact is a warning to confirm, and an edit asks again", async ({ page }) => {
  await signIn(page, "maerkang");
  const close = story.close[1]!; // last exposed two days ago
  await page.goto(`/cases/${story.caseId}`);
  await page.getByRole("link", { name: `录入 ${close.name} 的次密接` }).click();
  const name = named("赵八");
  await paste(cell(page, "姓名", 1), `${name}\t男\t${idNumber()}\t\t家人\t${shanghaiDate(-6)}`);
  await page.getByTestId("grid-save").click();
  await expect(page.getByTestId("grid-notice")).toContainText("1 行需要核实");
  await expect(page.getByTestId("entry-grid")).toContainText(`早于其密接本人的末次暴露日期（${close.exposure}）`);
  await expect(page.getByTestId("grid-save")).toHaveText("确认无误并保存");
  // An edit of the row withdraws the confirmation: the server checks again.
  await cell(page, "姓名", 1).fill(`${name}甲`);
  await expect(page.getByTestId("grid-save")).toHaveText("全部保存");
  await page.getByTestId("grid-save").click();
  await expect(page.getByTestId("grid-save")).toHaveText("确认无误并保存");
  await page.getByTestId("grid-save").click();
  await expect(page.getByTestId("grid-notice")).toContainText("已保存 1 名接触者");
  await expect(page.getByTestId("saved-plans").getByRole("row").filter({ hasText: `${name}甲` })).toContainText("居家隔离");
});

test("at 768 px the grid scrolls inside its box and the page does not", async ({ page }) => {
  await page.setViewportSize({ width: 768, height: 1000 });
  await signIn(page, "maerkang");
  await page.goto(`/cases/${story.caseId}/contacts/new`);
  const box = page.getByTestId("entry-grid-scroll");
  const sizes = await box.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth, page: document.documentElement.scrollWidth, view: window.innerWidth }));
  expect(sizes.scroll).toBeGreaterThan(sizes.client);
  expect(sizes.page).toBeLessThanOrEqual(sizes.view);
  await cell(page, "判定日期", 1).focus();
  expect(await box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
});

test("an isolation site of capacity 1: create with feedback, occupancy and free rooms", async ({ page }) => {
  await signIn(page, "maerkang");
  await page.getByTestId("main-nav").getByRole("link", { name: "隔离点" }).click();
  await page.getByRole("link", { name: "新增隔离点" }).click();
  await expect(page.getByRole("heading", { name: "新增隔离点", level: 1 })).toBeVisible();
  await page.getByRole("button", { name: "创建隔离点" }).click();
  await expect(field(page, "名称")).toHaveAccessibleDescription("此项为必填项。");
  await expect(field(page, "房间数")).toHaveAccessibleDescription("此项为必填项。");

  await field(page, "名称").fill(story.siteName);
  await field(page, "地址").fill("马尔康市达萨街 1 号");
  await field(page, "房间数").fill("1");
  await page.getByRole("button", { name: "创建隔离点" }).click();
  await expect(page.getByRole("heading", { name: story.siteName, level: 1 })).toBeVisible();
  story.siteUrl = new URL(page.url()).pathname;
  await expect(page.getByRole("status").filter({ hasText: "隔离点已创建" })).toBeVisible();
  await expect(page.getByTestId("site-capacity")).toHaveText("1");
  await expect(page.getByTestId("site-occupancy")).toHaveText("0");
  await expect(page.getByTestId("site-free")).toHaveText("1");
  await expect(page.getByText("目前无人入住。")).toBeVisible();

  // Capacity below 1 is refused at the field, the typed value kept.
  await page.getByRole("button", { name: "修改", exact: true }).click();
  await field(page, "房间数").fill("0");
  await page.getByRole("button", { name: "保存修改" }).click();
  await expect(field(page, "房间数")).toHaveAccessibleDescription("不能小于 1。");
  await expect(field(page, "房间数")).toHaveValue("0");
  await page.getByRole("button", { name: "取消" }).click();

  await page.getByRole("link", { name: "全部隔离点" }).click();
  const row = page.getByTestId("site-list").getByRole("row").filter({ hasText: story.siteName });
  await expect(row.getByRole("cell")).toHaveText([story.siteName, "马尔康市达萨街 1 号", "1", "0", "1", "使用中"]);
});

test("a staff member of 汶川县 sees none of 马尔康市's cases, contacts or sites", async ({ browser }) => {
  const page = await staffPage(browser, "wenchuan");
  await page.goto("/cases");
  await expect(page.getByTestId("case-list")).not.toContainText(story.caseName);
  for (const q of [story.caseName, story.caseIdNumber, "13800001234"]) {
    await page.goto(`/cases?q=${encodeURIComponent(q)}`);
    await expect(page.getByTestId("case-list")).toContainText(`没有与“${q}”匹配的病例。`);
  }
  for (const path of [`/cases/${story.caseId}`, `/cases/${story.caseId}/contacts/new`, story.siteUrl]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(path.startsWith("/sites") ? "未找到该隔离点" : "未找到该病例");
    await expect(page.getByRole("main")).not.toContainText(story.caseName);
  }
  await page.goto("/sites");
  await expect(page.getByTestId("site-list")).not.toContainText(story.siteName);
  await page.context().close();
});
