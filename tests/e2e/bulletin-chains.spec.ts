// Transmission chains and the daily bulletin in the browser (issue 10 items 4 and 5): county
// staff build a small outbreak over the API; the official opens its chain graph (a canvas) and
// the table of clusters with no names; the official drafts, reviews and publishes a bulletin;
// the public page shows it signed out, with its downloads, while the workflow pages stay closed.
import { expect, test } from "@playwright/test";
import { apiSession } from "./api-helpers";
import { addDays, signIn, todayInShanghai } from "./helpers";
import { seedCase, seedContacts, seedResult, seedSecondaryContacts } from "./seed-data";

const T = todayInShanghai();
let caseId: string;
let names: string[];

test.beforeAll(async ({ playwright, baseURL }) => {
  const staff = await apiSession(playwright, baseURL!, "maerkang");
  const source = await seedCase(staff, "链源头", addDays(T, -4));
  const [close, other] = await seedContacts(staff, source.id, [
    { base: "链密接甲", category: "CLOSE", lastExposureDate: addDays(T, -4), identifiedDate: addDays(T, -3) },
    { base: "链密接乙", category: "CLOSE", lastExposureDate: addDays(T, -4), identifiedDate: addDays(T, -3) },
  ]);
  const [secondary] = await seedSecondaryContacts(staff, close!.id, [{ base: "链次密", category: "SECONDARY", lastExposureDate: addDays(T, -3), identifiedDate: addDays(T, -2) }]);
  // 链密接甲 turns positive: a new case, and 链次密 becomes its close contact.
  await seedResult(staff, close!.id, addDays(T, -1), "POSITIVE");
  caseId = source.id;
  names = [source.name, close!.name, other!.name, secondary!.name];
  await staff.dispose();
});

test("county staff open a case's chain from the case page; the official sees the county's chains without names", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, "maerkang");
  await page.goto(`/cases/${caseId}`);
  await page.getByTestId("case-chain-link").click();
  await expect(page).toHaveURL(new RegExp(`/cases/${caseId}/chain$`));
  await expect(page.getByTestId("chain-graph").locator("canvas").first()).toBeVisible();
  // One cluster: the source case, two close contacts, the new case and the upgraded contact.
  const staffRows = page.getByTestId("cluster-table").locator("tbody tr");
  await expect(staffRows).toHaveCount(1);
  await expect(staffRows.first().locator("td").nth(3)).toHaveText("5");
  await page.context().clearCookies();

  await signIn(page, "official");
  await page.getByTestId("main-nav").getByRole("link", { name: "传播链" }).click();
  await page.goto(`/chains?county=513201&from=${addDays(T, -6)}&to=${T}`);
  await expect(page.getByRole("heading", { name: "传播链", level: 1 })).toBeVisible();
  await expect(page.getByTestId("chain-graph").locator("canvas").first()).toBeVisible();
  const rows = page.getByTestId("cluster-table").locator("tbody tr");
  expect(await rows.count()).toBeGreaterThanOrEqual(1);
  await expect(page.getByTestId("cluster-table").getByRole("cell", { name: "马尔康市" }).first()).toBeVisible();
  for (const name of names) await expect(page.getByText(name)).toHaveCount(0);
  // The API gives the official the structure only.
  const answer = await page.request.get(`/api/v1/cases/${caseId}/chain`);
  expect(answer.status()).toBe(200);
  const text = await answer.text();
  for (const name of names) expect(text).not.toContain(name);
});

test("the official drafts, reviews and publishes a bulletin; the public page shows it signed out", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const date = addDays(T, -2);
  await signIn(page, "official");
  await page.getByTestId("main-nav").getByRole("link", { name: "信息发布" }).click();
  await expect(page.getByRole("heading", { name: "信息发布", level: 1 })).toBeVisible();
  await page.getByLabel("日期").fill(date);
  await page.getByRole("button", { name: "生成草稿" }).click();
  await expect(page.getByTestId("bulletin-status")).toHaveText("草稿");
  await expect(page.getByTestId("bulletin-figures").locator("tbody tr")).toHaveCount(14); // 13 counties and the total

  const title = `浏览器测试通报 ${date}`;
  await page.getByLabel("标题").fill(title);
  await page.getByLabel("正文").fill(`${await page.getByLabel("正文").inputValue()}\n（浏览器测试）`);
  await page.getByRole("button", { name: "保存", exact: true }).click();
  await expect(page.getByRole("button", { name: "审核通过" })).toBeEnabled();
  await page.getByRole("button", { name: "审核通过" }).click();
  await expect(page.getByTestId("bulletin-status")).toHaveText("已审核");
  await page.getByRole("button", { name: "发布", exact: true }).click();
  await expect(page.getByTestId("bulletin-status")).toHaveText("已发布");
  await expect(page.getByTestId("bulletin-body")).toContainText("（浏览器测试）");
  await expect(page.getByRole("button", { name: "发布更正" })).toBeVisible();

  // Signed out: the public page lists it, its downloads answer, the workflow stays closed.
  const anon = await browser.newContext({ locale: "zh-CN" });
  const pub = await anon.newPage();
  await pub.goto("/public/bulletins");
  await expect(pub.getByRole("heading", { name: "疫情信息发布", level: 1 })).toBeVisible();
  const article = pub.getByTestId("public-bulletin").filter({ hasText: title });
  await expect(article).toHaveCount(1);
  await expect(article.getByTestId("bulletin-figures").locator("tbody tr")).toHaveCount(14);
  const csvHref = await article.getByRole("link", { name: "下载 CSV" }).getAttribute("href");
  const csv = await pub.request.get(csvHref!);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(await csv.text()).toContain("马尔康市");
  const xlsx = await pub.request.get(csvHref!.replace("format=csv", "format=xlsx"));
  expect(xlsx.status()).toBe(200);
  expect((await xlsx.body()).subarray(0, 2).toString()).toBe("PK");
  await pub.goto("/bulletins");
  await expect(pub).toHaveURL(/\/signin/);
  expect((await pub.request.get("/api/v1/bulletins")).status()).toBe(401);
  await anon.close();
});
