// One person, one record (docs/domain.md "Identity and privacy") in Chromium: a same-county
// match shown by the grid before saving and merged as re-exposure; a 协查 from 汶川县 to
// 马尔康市 answered "same person"; a transfer from 马尔康市 to 汶川县; two duplicate records
// merged; an official who sees no phone number typed into free text and no action buttons;
// the new-case form refusing an existing case's ID number without losing what was typed.
import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { addDays, cell, field, newIdNumber, saveScreenshot, signIn, todayInShanghai } from "./helpers";
import { seedCase, seedContacts, uniqueName } from "./seed-data";

test.describe.configure({ mode: "serial" });
test.use({ viewport: { width: 1280, height: 900 } });

const today = todayInShanghai();
const WENCHUAN = "513221";

async function staffPage(browser: Browser, account: "maerkang" | "wenchuan" | "official"): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: "zh-CN", timezoneId: "Asia/Shanghai", viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await signIn(page, account);
  return page;
}

async function post<T>(request: APIRequestContext, url: string, data: unknown, status = 201): Promise<T> {
  const res = await request.post(url, { data });
  const text = await res.text();
  expect(res.status(), `POST ${url} answered ${text.slice(0, 800)}`).toBe(status);
  return JSON.parse(text) as T;
}

/** A case of 汶川县 (seedCase registers in 马尔康市). */
async function wenchuanCase(request: APIRequestContext, base: string): Promise<{ id: string; name: string }> {
  const name = uniqueName(base);
  const c = await post<{ id: string }>(request, "/api/v1/cases", { name, sex: "MALE", idNumber: newIdNumber("513221"), countyCode: WENCHUAN, classification: "CONFIRMED", confirmedDate: addDays(today, -3) });
  return { id: c.id, name };
}

/** Types one contact into row `row` of the grid. */
async function typeRow(page: Page, row: number, values: { name: string; idNumber?: string; phone?: string; category?: string; exposure: string }) {
  await cell(page, "姓名", row).fill(values.name);
  if (values.idNumber) await cell(page, "身份证号", row).fill(values.idNumber);
  if (values.phone) await cell(page, "电话", row).fill(values.phone);
  if (values.category !== undefined) await cell(page, "类别", row).selectOption(values.category);
  await cell(page, "末次暴露日期", row).fill(values.exposure);
}

test("the grid shows a same-county match before saving, and “合并为再次暴露” merges it into the running plan", async ({ browser }) => {
  const page = await staffPage(browser, "maerkang");
  const caseA = await seedCase(page.request, "再暴露病例甲", addDays(today, -6));
  const caseB = await seedCase(page.request, "再暴露病例乙", addDays(today, -2));
  const [running] = await seedContacts(page.request, caseA.id, [{ base: "再暴露密接", category: "CLOSE", lastExposureDate: addDays(today, -5), identifiedDate: addDays(today, -4) }]);
  const newExposure = addDays(today, -1);
  const newRelease = addDays(newExposure, 21);

  await page.goto(`/cases/${caseB.id}`);
  await page.getByRole("link", { name: "录入接触者" }).click();
  await typeRow(page, 1, { name: running!.name, idNumber: running!.idNumber, category: "CLOSE", exposure: newExposure });
  await page.getByTestId("grid-save").click();

  // Nothing is saved yet: the panel shows who this county already manages.
  await expect(page.getByTestId("grid-notice")).toContainText("尚未保存");
  const match = page.getByTestId("match-row");
  await expect(match).toHaveCount(1);
  await expect(match).toContainText("第 1 行");
  await expect(match.getByTestId("match-active-plan")).toContainText(`本县正在管理此人：${running!.name}，密切接触者，解除日期 ${running!.plan.releaseDate}`);
  await expect(match.getByRole("link", { name: "查看记录" })).toHaveAttribute("href", `/contacts/${running!.id}`);
  await expect(page.getByTestId("grid-save")).toHaveText("确认保存");
  await saveScreenshot(page, "identity-grid-match-panel");

  // Undecided, the save is held back; "修改本行" takes the keyboard to the row.
  await page.getByTestId("grid-save").click();
  await expect(page.getByTestId("grid-notice")).toContainText("1 行需要确认处理方式");
  await match.getByRole("button", { name: "修改本行" }).click();
  await expect(cell(page, "身份证号", 1)).toBeFocused();

  await match.getByRole("button", { name: "合并为再次暴露" }).click();
  await expect(match).toContainText("已选择：合并为再次暴露");
  await expect(match).toHaveAttribute("data-status", "READY");

  // Editing the row drops its decision; saving checks it again.
  await cell(page, "末次暴露日期", 1).fill(addDays(today, -2));
  await expect(match).toHaveAttribute("data-status", "EDITED");
  await cell(page, "末次暴露日期", 1).fill(newExposure);
  await page.getByTestId("grid-save").click();
  await expect(match).toHaveAttribute("data-status", "UNDECIDED");
  await match.getByRole("button", { name: "合并为再次暴露" }).click();
  await page.getByTestId("grid-save").click();

  await expect(page.getByTestId("grid-notice")).toContainText("已保存 1 名接触者");
  const saved = page.getByTestId("saved-plans").getByRole("row").filter({ hasText: running!.name });
  await expect(saved.getByTestId("saved-outcome")).toContainText("已合并为再次暴露");
  await expect(saved.getByTestId("release-date")).toHaveText(newRelease);
  await saved.getByRole("link", { name: "查看正在执行的记录" }).click();

  // The running contact's plan follows the later exposure: one plan, a new release date.
  await expect(page).toHaveURL(new RegExp(`/contacts/${running!.id}$`));
  await expect(page.getByTestId("contact-facts")).toContainText(newRelease);
  await expect(page.getByTestId("contact-badges")).toContainText("管控中");

  // Case B lists the registration, merged.
  await page.goto(`/cases/${caseB.id}`);
  const registration = page.getByTestId("contacts-CLOSE").getByRole("row").filter({ hasText: running!.name });
  await expect(registration).toContainText("已合并");
  await registration.getByRole("link", { name: running!.name }).click();
  await expect(page.getByTestId("merged-banner")).toContainText("已合并为再次暴露");
  await expect(page.getByTestId("merged-banner").getByRole("link", { name: "查看正在执行的记录" })).toHaveAttribute("href", `/contacts/${running!.id}`);
});

test("a match that appears between the check and the save is shown the same way, then merged", async ({ browser }) => {
  const mk = await staffPage(browser, "maerkang");
  const wc = await staffPage(browser, "wenchuan");
  const mkCase = await seedCase(mk.request, "期间登记病例", addDays(today, -3));
  const wcCase = await wenchuanCase(wc.request, "期间登记汶川病例");
  const racing = { name: uniqueName("期间被登记"), idNumber: newIdNumber() };
  const elsewhere = { name: uniqueName("汶川在管"), idNumber: newIdNumber() };
  await post(wc.request, `/api/v1/cases/${wcCase.id}/contacts`, { contacts: [{ ...elsewhere, category: "CLOSE", lastExposureDate: addDays(today, -2), identifiedDate: addDays(today, -1) }] });

  await mk.goto(`/cases/${mkCase.id}/contacts/new`);
  await typeRow(mk, 1, { ...racing, category: "CLOSE", exposure: addDays(today, -1) });
  await typeRow(mk, 2, { name: uniqueName("马尔康所填"), idNumber: elsewhere.idNumber, category: "CLOSE", exposure: addDays(today, -1) });
  await mk.getByTestId("grid-save").click();
  await expect(mk.getByTestId("match-row")).toHaveCount(1);
  await expect(mk.getByTestId("match-other-county")).toContainText("此人由汶川县管理");

  // A colleague registers row 1's person meanwhile: the save answers with the new match.
  const other = await seedCase(mk.request, "期间登记病例二", addDays(today, -3));
  const [registered] = await post<{ contacts: { id: string }[] }>(mk.request, `/api/v1/cases/${other.id}/contacts`, {
    contacts: [{ ...racing, category: "CLOSE", lastExposureDate: addDays(today, -2), identifiedDate: addDays(today, -1) }],
  }).then((r) => r.contacts);
  await mk.getByTestId("grid-save").click();
  await expect(mk.getByTestId("grid-notice")).toContainText("未保存任何记录");
  const row1 = mk.getByTestId("match-row").filter({ hasText: "第 1 行" });
  await expect(row1.getByTestId("match-active-plan")).toContainText(`本县正在管理此人：${racing.name}`);
  await expect(row1.getByRole("link", { name: "查看记录" })).toHaveAttribute("href", `/contacts/${registered!.id}`);
  await row1.getByRole("button", { name: "合并为再次暴露" }).click();
  await mk.getByTestId("grid-save").click();

  await expect(mk.getByTestId("grid-notice")).toContainText("已保存 2 名接触者");
  const plans = mk.getByTestId("saved-plans");
  await expect(plans.getByRole("row").filter({ hasText: racing.name }).getByTestId("saved-outcome")).toContainText("已合并为再次暴露");
  await expect(plans.getByTestId("saved-assist")).toHaveText("已向汶川县发起协查");
});

test("a 协查 from 汶川县 to 马尔康市: each county sees only its own record; answered “same person”, managed by 马尔康市", async ({ browser }) => {
  const mk = await staffPage(browser, "maerkang");
  const wc = await staffPage(browser, "wenchuan");
  const idNumber = newIdNumber();
  const MK = { name: uniqueName("马尔康私密"), phone: "13911112222" };
  const WC = { name: uniqueName("汶川所填"), phone: "13533334444" };
  const mkCase = await seedCase(mk.request, "协查源病例", addDays(today, -5));
  const [mkContact] = await post<{ contacts: { id: string }[] }>(mk.request, `/api/v1/cases/${mkCase.id}/contacts`, {
    contacts: [{ name: MK.name, idNumber, phone: MK.phone, category: "CLOSE", lastExposureDate: addDays(today, -4), identifiedDate: addDays(today, -3) }],
  }).then((r) => r.contacts);
  const wcCase = await wenchuanCase(wc.request, "汶川病例");

  // 汶川县 types the same ID number under another name: it learns only which county manages the person.
  await wc.goto(`/cases/${wcCase.id}/contacts/new`);
  await typeRow(wc, 1, { name: WC.name, idNumber, phone: WC.phone, category: "CLOSE", exposure: addDays(today, -1) });
  await wc.getByTestId("grid-save").click();
  const info = wc.getByTestId("match-other-county");
  await expect(info).toHaveText("此人由马尔康市管理；保存后本县保留本县录入的信息，并向该县发起协查。");
  for (const secret of [MK.name, MK.phone]) await expect(wc.locator("body")).not.toContainText(secret);
  await wc.getByTestId("grid-save").click();
  await expect(wc.getByTestId("grid-notice")).toContainText("已保存 1 名接触者");
  const sent = wc.getByTestId("saved-plans").getByTestId("saved-assist");
  await expect(sent).toHaveText("已向马尔康市发起协查");
  const assistUrl = (await sent.getAttribute("href"))!;
  await wc.getByTestId("saved-plans").getByRole("row").filter({ hasText: WC.name }).getByRole("link", { name: "查看" }).click();
  await expect(wc).toHaveURL(/\/contacts\/[0-9a-f-]{36}$/);
  const wcContactUrl = wc.url();
  await expect(wc.getByTestId("requests-banner")).toContainText("协查进行中：已向马尔康市发起协查");

  // Both Today pages show it.
  await wc.goto("/today");
  await expect(wc.getByTestId("requests-outgoing").getByTestId("today-assist").filter({ hasText: WC.name })).toContainText("发往马尔康市的协查");
  await mk.goto("/today");
  const incoming = mk.getByTestId("requests-incoming").getByTestId("today-assist").filter({ hasText: MK.name });
  await expect(incoming).toContainText("来自汶川县的协查");
  await expect(incoming).toContainText("待答复");
  await incoming.getByRole("link", { name: "来自汶川县的协查" }).click();

  // 马尔康市 sees its own record and what 汶川县 registered — never 汶川县's personal data.
  await expect(mk).toHaveURL(new RegExp(`${assistUrl}$`));
  await expect(mk.getByTestId("assist-own-record")).toContainText(MK.name);
  await expect(mk.getByTestId("assist-exposure")).toContainText(addDays(today, -1));
  await expect(mk.getByTestId("assist-exposure")).toContainText("确诊病例");
  for (const secret of [WC.name, WC.phone]) await expect(mk.locator("body")).not.toContainText(secret);
  await mk.getByRole("radio", { name: "是同一人", exact: true }).check();
  await expect(mk.getByRole("radio", { name: "本县（马尔康市）继续管理" })).toBeChecked();
  await mk.getByLabel("备注（可选）").fill("已电话核实");
  await saveScreenshot(mk, "identity-assist-request");
  await mk.getByRole("button", { name: "提交答复" }).click();
  await expect(mk.getByTestId("assist-status")).toContainText("是同一人");
  await expect(mk.getByTestId("assist-status")).toContainText("由马尔康市管理");
  await expect(mk.getByTestId("assist-answer")).toContainText("已电话核实");

  // 汶川县's registration: merged, managed by 马尔康市, nothing of 马尔康市's record.
  await wc.goto(wcContactUrl);
  await expect(wc.getByTestId("contact-badges")).toContainText("已合并");
  await expect(wc.getByTestId("merged-banner").getByTestId("managed-elsewhere")).toContainText("由马尔康市管理");
  await expect(wc.getByTestId("merged-banner").getByRole("link")).toHaveCount(0);
  await expect(wc.getByTestId("contact-name")).toHaveText(WC.name);
  for (const secret of [MK.name, MK.phone]) await expect(wc.locator("body")).not.toContainText(secret);
  await wc.goto(assistUrl);
  await expect(wc.getByTestId("assist-status")).toContainText("由马尔康市管理");
  for (const secret of [MK.name, MK.phone, "已电话核实"]) await expect(wc.locator("body")).not.toContainText(secret);
  await wc.goto("/today");
  await expect(wc.getByTestId("requests-outgoing").getByTestId("today-assist").filter({ hasText: WC.name })).toContainText("是同一人");

  // The one plan runs in 马尔康市.
  await mk.goto(`/contacts/${mkContact!.id}`);
  await expect(mk.getByTestId("contact-badges")).toContainText("管控中");
  await expect(mk.getByTestId("contact-facts")).toContainText(addDays(addDays(today, -1), 21));
});

test("a transfer from 马尔康市 to 汶川县, accepted: the contact leaves 马尔康市 and appears in 汶川县", async ({ browser }) => {
  const mk = await staffPage(browser, "maerkang");
  const wc = await staffPage(browser, "wenchuan");
  const source = await seedCase(mk.request, "移交源病例", addDays(today, -16));
  const [moving] = await seedContacts(mk.request, source.id, [{ base: "回家居家监测", category: "CLOSE", lastExposureDate: addDays(today, -15), identifiedDate: addDays(today, -14) }]);

  await mk.goto(`/contacts/${moving!.id}`);
  await mk.getByRole("button", { name: "移交至其他县" }).click();
  const dialog = mk.getByRole("dialog");
  await dialog.getByLabel("接收县（市）").selectOption({ label: "汶川县" });
  await dialog.getByLabel("移交原因").fill("返回汶川县家中居家健康监测");
  await dialog.getByRole("button", { name: "发起移交" }).click();
  await expect(mk.getByTestId("requests-banner")).toContainText("已发起移交至汶川县，等待对方接收。");
  await expect(mk.getByRole("button", { name: "移交至其他县" })).toHaveCount(0);

  // 汶川县 sees the person masked until it accepts.
  await wc.goto("/today");
  const offered = wc.getByTestId("requests-incoming").getByTestId("today-transfer").first();
  await expect(offered).toContainText("来自马尔康市的移交");
  await wc.goto("/requests?tab=transfers");
  const row = wc.getByTestId("requests-transfers").getByRole("row").filter({ hasText: "待接收" }).filter({ hasText: moving!.plan.releaseDate }).first();
  await row.getByRole("link", { name: "答复" }).click();
  await expect(wc.getByTestId("transfer-facts")).toContainText("返回汶川县家中居家健康监测");
  await expect(wc.getByTestId("transfer-facts")).not.toContainText(moving!.name);
  await expect(wc.getByTestId("transfer-facts")).toContainText(moving!.idNumber.slice(-4));
  await wc.getByRole("button", { name: "接收" }).click();
  await expect(wc.getByTestId("transfer-status")).toContainText("已接收");
  await wc.getByTestId("transfer-facts").getByRole("link", { name: moving!.name }).click();
  await expect(wc.getByTestId("contact-name")).toHaveText(moving!.name);
  await expect(wc.getByTestId("contact-facts")).toContainText("汶川县");

  // 马尔康市 no longer sees the person: not by URL, not in its lists.
  const gone = await mk.goto(`/contacts/${moving!.id}`);
  expect(gone?.status()).toBe(404);
  await mk.goto(`/contacts?q=${encodeURIComponent(moving!.name)}`);
  await expect(mk.getByTestId("contact-count")).toContainText("没有符合条件的接触者");
  await mk.goto("/requests?tab=transfers");
  await expect(mk.getByTestId("requests-transfers").getByRole("row").filter({ hasText: "已接收" }).first()).toContainText("已移交，本县不再可见");
});

test("two duplicate records of one county merged through the merge page", async ({ browser }) => {
  const page = await staffPage(browser, "maerkang");
  const source = await seedCase(page.request, "重复记录病例", addDays(today, -4));
  const name = uniqueName("重复人员");
  const phone = `137${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;
  const row = { name, phone, category: "GENERAL", lastExposureDate: addDays(today, -3), identifiedDate: addDays(today, -2) };
  const first = await post<{ contacts: { id: string; personId: string }[] }>(page.request, `/api/v1/cases/${source.id}/contacts`, { contacts: [row] });
  // Someone said "not the same person" at entry: a second record of the same name and phone, with an ID number.
  const idNumber = newIdNumber();
  const other = await seedCase(page.request, "重复记录病例二", addDays(today, -2));
  const second = await post<{ contacts: { id: string; personId: string }[] }>(page.request, `/api/v1/cases/${other.id}/contacts`, {
    contacts: [{ ...row, idNumber, category: "CLOSE", lastExposureDate: addDays(today, -1), identifiedDate: today, onDuplicate: "NEW_PERSON" }],
  });
  const keep = first.contacts[0]!;
  const merged = second.contacts[0]!;

  await page.goto(`/contacts/${keep.id}`);
  await page.getByRole("link", { name: "合并重复记录" }).click();
  await expect(page.getByRole("heading", { name: "合并重复记录", level: 1 })).toBeVisible();
  await page.getByLabel("姓名、证件号码或电话").fill(phone);
  await page.getByRole("button", { name: "查找" }).click();
  const result = page.getByTestId("merge-results").getByRole("row").filter({ hasText: idNumber });
  await expect(result).toContainText(name);
  await result.getByRole("link", { name: "选择" }).click();

  await expect(page.getByTestId("merge-keep")).toContainText(name);
  await expect(page.getByTestId("merge-other").locator("[data-field=idNumber]")).toHaveText(idNumber);
  const preview = page.getByTestId("merge-preview");
  await expect(preview).toContainText("证件号码由并入的记录补全");
  await expect(preview).toContainText("两个正在执行的隔离方案合并为一个");
  await page.getByRole("button", { name: "确认合并" }).click();

  // The kept record: one running plan, the stricter category, the document filled in.
  await expect(page).toHaveURL(new RegExp(`/contacts/${keep.id}$`));
  await expect(page.getByTestId("contact-badges")).toContainText("密切接触者");
  await expect(page.getByTestId("contact-facts")).toContainText(idNumber);
  await expect(page.getByTestId("contact-facts")).toContainText(addDays(addDays(today, -1), 21));
  await page.goto(`/contacts/${merged.id}`);
  await expect(page.getByTestId("contact-badges")).toContainText("已合并");
  await expect(page.getByTestId("merged-banner").getByRole("link", { name: "查看正在执行的记录" })).toHaveAttribute("href", `/contacts/${keep.id}`);
});

test("a prefecture official sees no phone number typed into free text, “已隐藏” instead, and no action buttons", async ({ browser }) => {
  const mk = await staffPage(browser, "maerkang");
  const PHONES = { notes: "13712345678", location: "13722223333", exposure: "13787654321", health: "13755556666", track: "13744445555", extension: "13766667777" };
  const c = await post<{ id: string }>(mk.request, "/api/v1/cases", {
    name: uniqueName("看板隐私病例"),
    sex: "FEMALE",
    idNumber: newIdNumber(),
    phone: "13811112222",
    address: "马尔康市某街 1 号",
    countyCode: "513201",
    classification: "CONFIRMED",
    confirmedDate: addDays(today, -3),
    currentLocation: `州人民医院，家属电话 ${PHONES.location}`,
    notes: `流调：密接家属电话 ${PHONES.notes}`,
  });
  await post(mk.request, `/api/v1/cases/${c.id}/track`, { date: addDays(today, -4), place: `超市（店主 ${PHONES.track}）`, activity: "购物" });
  const { contacts } = await post<{ contacts: { id: string; plan: { phases: { kind: string; endDate: string }[] } }[] }>(mk.request, `/api/v1/cases/${c.id}/contacts`, {
    contacts: [{ name: uniqueName("隐私密接"), idNumber: newIdNumber(), phone: "13899998888", category: "CLOSE", lastExposureDate: addDays(today, -2), identifiedDate: addDays(today, -1), exposureNote: `同住，联系电话 ${PHONES.exposure}` }],
  });
  const contact = contacts[0]!;
  await post(mk.request, `/api/v1/contacts/${contact.id}/health-checks`, { date: today, slot: "MORNING", temperature: 36.5, note: `家属代报 ${PHONES.health}` });
  const first = contact.plan.phases[0]!;
  await post(mk.request, `/api/v1/contacts/${contact.id}/extend`, { phase: first.kind, newEndDate: addDays(first.endDate, 2), reason: `家属要求，电话 ${PHONES.extension}` }, 200);

  const official = await staffPage(browser, "official");
  const main = official.getByRole("main");
  await official.goto(`/cases/${c.id}`);
  await expect(official.getByTestId("case-summary").locator("[data-field=currentLocation]")).toHaveText("已隐藏");
  await expect(official.getByTestId("case-summary").locator("[data-field=address]")).toHaveText("已隐藏");
  await expect(official.getByTestId("case-notes")).toHaveText("已隐藏");
  await expect(main.getByTestId("withheld").first()).toBeVisible();
  for (const phone of [...Object.values(PHONES), "13811112222", "13899998888"]) await expect(official.locator("body")).not.toContainText(phone);
  await expect(main.getByRole("button")).toHaveCount(0);
  for (const action of ["录入接触者", "合并重复记录", "编辑"]) await expect(main.getByRole("link", { name: action })).toHaveCount(0);
  await expect(main.getByRole("link", { name: /次密接/ })).toHaveCount(0);

  await official.goto(`/contacts/${contact.id}`);
  await expect(official.getByTestId("contact-facts")).toContainText("暴露情况说明已隐藏");
  await expect(official.getByTestId("extensions")).toContainText("已隐藏");
  await expect(main.getByRole("table").filter({ hasText: "体温" }).getByTestId("withheld")).toHaveText("已隐藏");
  for (const phone of [...Object.values(PHONES), "13899998888"]) await expect(official.locator("body")).not.toContainText(phone);
  await expect(main.getByRole("button")).toHaveCount(0);
  await expect(main.getByTestId("enter-secondary")).toHaveCount(0);
  await saveScreenshot(official, "identity-official-contact");

  // Every other page an official opens offers no action they cannot take.
  const site = await post<{ id: string }>(mk.request, "/api/v1/sites", { name: uniqueName("看板隔离点"), capacity: 3 });
  // Actions are named by their verb first; the dashboard's figures (当日新增病例, 当日登记接触者)
  // are links to read-only lists and do not count.
  const ACTIONS = /^(新增|录入|编辑|登记|解除|延长|安排|改判|移交至|合并|答复|接收|撤回)/;
  for (const url of ["/cases", "/contacts", "/sites", `/sites/${site.id}`, "/dashboard", "/counties", "/requests"]) {
    await official.goto(url);
    await expect(main.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(main.getByRole("link", { name: ACTIONS }), url).toHaveCount(0);
    await expect(main.getByRole("button", { name: ACTIONS }), url).toHaveCount(0);
  }
});

test("the new-case form refuses an existing case's ID number with ALREADY_A_CASE and keeps every typed value", async ({ browser }) => {
  const page = await staffPage(browser, "maerkang");
  const idNumber = newIdNumber();
  const existing = await post<{ id: string }>(page.request, "/api/v1/cases", {
    name: uniqueName("已有病例"),
    sex: "MALE",
    idNumber,
    countyCode: "513201",
    classification: "CONFIRMED",
    confirmedDate: addDays(today, -5),
  });
  // The check the form makes answers the refusal with its code.
  const check = await post<{ matches: { refused?: string }[] }>(
    page.request,
    "/api/v1/cases/check",
    { name: "另一个名字", sex: "FEMALE", idNumber, countyCode: "513201", classification: "CONFIRMED", confirmedDate: today },
    200,
  );
  expect(check.matches[0]?.refused).toBe("ALREADY_A_CASE");

  const typed = { name: uniqueName("重复登记"), phone: "13600001111", birthDate: "1980-05-06", address: "马尔康市测试路 9 号", notes: "流调摘要不应丢失。", location: "州人民医院" };
  await page.goto("/cases/new");
  await field(page, "姓名").fill(typed.name);
  await field(page, "性别").selectOption({ label: "女" });
  await field(page, "出生日期").fill(typed.birthDate);
  await field(page, "证件号码").fill(idNumber.toLowerCase());
  await field(page, "电话").fill(typed.phone);
  await field(page, "住址").fill(typed.address);
  await field(page, "分类").selectOption({ label: "无症状感染者" });
  await field(page, "确诊日期").fill(today);
  await field(page, "当前所在地").fill(typed.location);
  await field(page, "流调摘要").fill(typed.notes);
  await page.getByRole("button", { name: "登记病例" }).click();

  await expect(page.getByTestId("new-case-notice")).toContainText("病例未登记：此人已是本县病例");
  await expect(field(page, "证件号码")).toHaveAttribute("aria-invalid", "true");
  await expect(field(page, "证件号码")).toBeFocused();
  const panel = page.getByTestId("match-panel");
  await expect(panel.getByTestId("match-row")).toHaveAttribute("data-status", "REFUSED");
  await expect(panel.getByTestId("match-open-case")).toContainText("此人已是本县病例");
  await expect(panel.getByRole("link", { name: "打开该病例" })).toHaveAttribute("href", `/cases/${existing.id}`);
  // Nothing typed is lost.
  await expect(field(page, "姓名")).toHaveValue(typed.name);
  await expect(field(page, "性别")).toHaveValue("FEMALE");
  await expect(field(page, "出生日期")).toHaveValue(typed.birthDate);
  await expect(field(page, "证件号码")).toHaveValue(idNumber.toLowerCase());
  await expect(field(page, "电话")).toHaveValue(typed.phone);
  await expect(field(page, "住址")).toHaveValue(typed.address);
  await expect(field(page, "分类")).toHaveValue("ASYMPTOMATIC");
  await expect(field(page, "确诊日期")).toHaveValue(today);
  await expect(field(page, "当前所在地")).toHaveValue(typed.location);
  await expect(field(page, "流调摘要")).toHaveValue(typed.notes);
  // Confirming anyway is held back.
  await page.getByRole("button", { name: "登记病例" }).click();
  await expect(page.getByTestId("new-case-notice")).toContainText("此人不能登记为新病例");
  await expect(page).toHaveURL(/\/cases\/new$/);
});
