// Reference data (/admin/reference): the prefecture and its time zone, counties added with a
// code under the prefecture, renamed, deactivated (no longer offered for new accounts) and
// reactivated.
import { expect, test } from "@playwright/test";
import { field, saveScreenshot, signIn } from "./helpers";

// A code and names of this run's own: a reused local server keeps earlier runs' counties.
const CODE = `5132${40 + Math.floor(Math.random() * 59)}`;
const RUN = Math.random().toString(36).slice(2, 6);
const NAME = `演练县${RUN}`;

test("roles without the reference-data permission get a 403 'not allowed' page", async ({ browser }) => {
  for (const account of ["official", "wenchuan"] as const) {
    const context = await browser.newContext({ locale: "zh-CN" });
    const page = await context.newPage();
    await signIn(page, account);
    expect((await page.goto("/admin/reference"))?.status(), account).toBe(403);
    await expect(page.getByTestId("forbidden")).toContainText("您的角色无权查看此页面");
    if (account === "official") await saveScreenshot(page, "admin-reference-forbidden");
    await context.close();
  }
});

test("an administrator adds, renames, deactivates and reactivates a county", async ({ page, browser }) => {
  await signIn(page, "admin");
  await page.getByRole("link", { name: "参考数据" }).click();
  await expect(page.getByTestId("prefecture-code")).toHaveText("513200");
  await expect(page.getByTestId("time-zone")).toHaveText("Asia/Shanghai");
  await expect(page.getByRole("cell", { name: "马尔康市", exact: true })).toBeVisible();
  await expect(page.getByTestId("county-status-513221")).toHaveText("启用");

  const form = page.getByRole("form", { name: "添加县（市）" });
  await field(form, "代码").fill("510104");
  await field(form, "中文名称").fill(NAME);
  await field(form, "英文名称").fill(`Drill County ${RUN}`);
  await form.getByRole("button", { name: "添加县（市）" }).click();
  await expect(form.getByText("县级代码须以本州代码的前四位 5132 开头（且不以 00 结尾）。")).toBeVisible();
  await expect(field(form, "中文名称")).toHaveValue(NAME);
  await field(form, "代码").fill("513201");
  await form.getByRole("button", { name: "添加县（市）" }).click();
  await expect(form.getByText("代码 513201 已被使用。")).toBeVisible();

  await field(form, "代码").fill(CODE);
  await form.getByRole("button", { name: "添加县（市）" }).click();
  await expect(page.getByTestId("add-county-notice")).toHaveText(`${NAME}（${CODE}）已添加。`);
  const row = page.getByRole("row").filter({ hasText: CODE });
  await expect(row).toContainText(NAME);

  await row.getByRole("button", { name: "重命名" }).click();
  const dialog = page.getByRole("dialog", { name: `重命名 ${NAME}` });
  await field(dialog, "中文名称").fill(`${NAME}新`);
  await dialog.getByRole("button", { name: "保存" }).click();
  await expect(row).toContainText(`${NAME}新`);

  page.once("dialog", (d) => void d.accept());
  await row.getByRole("button", { name: "停用" }).click();
  await expect(page.getByTestId(`county-status-${CODE}`)).toHaveText("已停用");
  await saveScreenshot(page, "admin-reference");

  // An inactive county is not offered for new accounts.
  await page.goto("/admin/users");
  const countySelect = field(page.getByRole("form", { name: "新建账号" }), "所属县（市）");
  await expect(countySelect.locator(`option[value="${CODE}"]`)).toHaveCount(0);
  await expect(countySelect.locator(`option[value="513221"]`)).toHaveCount(1);

  await page.goto("/admin/reference");
  await page.getByRole("row").filter({ hasText: CODE }).getByRole("button", { name: "启用" }).click();
  await expect(page.getByTestId(`county-status-${CODE}`)).toHaveText("启用");
  await page.goto("/admin/users");
  await expect(field(page.getByRole("form", { name: "新建账号" }), "所属县（市）").locator(`option[value="${CODE}"]`)).toHaveCount(1);

  // Deactivated again with nothing in it, it drops out of the officials' lists (the specs that
  // follow count the 13 counties of Aba).
  await page.goto("/admin/reference");
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("row").filter({ hasText: CODE }).getByRole("button", { name: "停用" }).click();
  await expect(page.getByTestId(`county-status-${CODE}`)).toHaveText("已停用");
  const official = await browser.newContext({ locale: "zh-CN" }).then((c) => c.newPage());
  await signIn(official, "official");
  await official.goto("/counties");
  await expect(official.getByRole("cell", { name: "马尔康市", exact: true })).toBeVisible();
  await expect(official.getByRole("cell", { name: `${NAME}新`, exact: true })).toHaveCount(0);
  await official.context().close();
});
