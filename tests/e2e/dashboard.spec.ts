import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("the prefecture official's dashboard shows counts for all 13 counties and their total, no personal data", async ({ page }) => {
  // A case in 马尔康市 so there is something to count.
  await signIn(page, "maerkang");
  const created = await page.request.post("/api/v1/cases", {
    data: { name: "看板病例", sex: "FEMALE", countyCode: "513201", classification: "ASYMPTOMATIC", confirmedDate: "2026-11-01" },
  });
  expect(created.status()).toBe(201);
  await page.context().clearCookies();

  await signIn(page, "official");
  await page.getByTestId("main-nav").getByRole("link", { name: "数据看板" }).click();
  await expect(page.getByRole("heading", { name: "数据看板", level: 1 })).toBeVisible();
  const table = page.getByTestId("dashboard-table");
  await expect(table.locator("tbody tr")).toHaveCount(13);
  await expect(table.locator('tr[data-county="513232"] th')).toHaveText("若尔盖县");
  // Totals add up the counties (asymptomatic cases: second figure of the first column).
  const asymptomatic = async (sel: string) => Number((await table.locator(`${sel} td`).first().innerText()).split("/")[1]);
  const perCounty = await Promise.all((await table.locator("tbody tr").all()).map(async (r) => Number((await r.locator("td").first().innerText()).split("/")[1])));
  expect(await asymptomatic('tr[data-county="total"]')).toBe(perCounty.reduce((a, b) => a + b, 0));
  expect(await asymptomatic('tr[data-county="513201"]')).toBeGreaterThanOrEqual(1);
  await expect(page.getByText("看板病例")).toHaveCount(0);

  // An impossible date is explained, and today's figures shown.
  await page.goto("/dashboard?date=2026-02-30");
  await expect(page.getByRole("status").filter({ hasText: "日期无效" })).toBeVisible();
});

test("county staff reach the dashboard of their own county only", async ({ page }) => {
  await signIn(page, "wenchuan");
  await page.goto("/dashboard");
  const rows = page.getByTestId("dashboard-table").locator("tbody tr");
  await expect(rows).toHaveCount(1);
  await expect(rows.first().locator("th")).toHaveText("汶川县");
});
