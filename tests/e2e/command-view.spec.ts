import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("the official's command view: 13 counties, a county's own dashboard, a chart's table view, the list behind a figure", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, "official");
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: "数据看板", level: 1 })).toBeVisible();
  await expect(page.getByTestId("dashboard-scope")).toContainText("全州合计");
  const table = page.getByTestId("dashboard-table");
  await expect(table.locator("tbody tr")).toHaveCount(13);
  await expect(page.getByTestId("key-figures").locator("li")).toHaveCount(10);

  // A chart's table view lists the same 28 days.
  const curve = page.getByTestId("chart-epi-curve");
  await expect(curve.getByRole("img", { name: /流行曲线（每日新增病例）：.*每日数据/ })).toBeVisible();
  await curve.getByRole("button", { name: "以表格查看：流行曲线（每日新增病例）" }).click();
  const curveTable = page.getByTestId("chart-table-epi-curve");
  await expect(curveTable.locator("tbody tr")).toHaveCount(28);
  await expect(curveTable.locator("thead th")).toHaveText(["日期", "确诊", "无症状"]);
  // The curve by county has a column per county.
  await page.getByTestId("curve-by-county").click();
  await expect(page).toHaveURL(/byCounty=1/);
  // The chart keeps its table view across the navigation (same component); open it if it did not.
  const toggle = page.getByTestId("chart-epi-curve").getByRole("button", { name: /以表格查看|以图表查看/ });
  if ((await toggle.getAttribute("aria-pressed")) !== "true") await toggle.click();
  await expect(page.getByTestId("chart-table-epi-curve").locator("thead th")).toHaveCount(14);

  // A county row opens that county's dashboard, labelled with its name.
  await page.getByRole("link", { name: "查看马尔康市看板" }).click();
  await expect(page).toHaveURL(/county=513201/);
  await expect(page.getByRole("heading", { name: "马尔康市数据看板", level: 1 })).toBeVisible();
  await expect(page.getByTestId("dashboard-scope")).toContainText("马尔康市");
  await expect(page.getByTestId("dashboard-table").locator("tbody tr")).toHaveCount(1);
  await expect(page.getByTestId("dashboard-table").locator("tfoot")).toHaveCount(0);

  // A figure opens the (masked) list behind it, for the same county.
  await page.getByRole("link", { name: "查看名单: 管控中人员" }).click();
  await expect(page).toHaveURL(/\/contacts\?.*county=513201/);
  await expect(page.getByTestId("contact-count")).toBeVisible();

  await page.goto("/dashboard?county=999999");
  await expect(page.getByText(/不存在|未找到|404/).first()).toBeVisible();
});

test("county staff see only their own county, labelled with its name", async ({ page }) => {
  await signIn(page, "wenchuan");
  // Asking for another county changes nothing: staff always see their own.
  await page.goto("/dashboard?county=513201");
  await expect(page.getByRole("heading", { name: "汶川县数据看板", level: 1 })).toBeVisible();
  await expect(page.getByTestId("dashboard-scope")).toContainText("汶川县");
  await expect(page.getByTestId("dashboard-scope")).not.toContainText("全州合计");
  const rows = page.getByTestId("dashboard-table").locator("tbody tr");
  await expect(rows).toHaveCount(1);
  await expect(rows.first().locator("th")).toHaveText("汶川县");
  await expect(page.getByText("全州合计")).toHaveCount(0);
  const series = await page.request.get("/api/v1/dashboard/series?county=513201");
  expect(series.status()).toBe(404);
});
