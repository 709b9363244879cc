import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

const NAV = (page: import("@playwright/test").Page) => page.getByTestId("main-nav").getByRole("link");

test("signed-out visitors are sent to the sign-in page", async ({ page }) => {
  await page.goto("/admin/users");
  await expect(page).toHaveURL(/\/signin$/);
  await expect(page.getByRole("heading", { name: "登录" })).toBeVisible();
});

test("a wrong password is refused with a message in Chinese", async ({ page }) => {
  await page.goto("/signin");
  await page.getByLabel("用户名").fill("wenchuan");
  await page.getByLabel("密码").fill("not-the-password");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("用户名或密码不正确。");
  await expect(page).toHaveURL(/\/signin$/);
});

test("county staff of 马尔康市 see their county and the staff navigation", async ({ page }) => {
  await signIn(page, "maerkang");
  await expect(page.getByTestId("current-county")).toHaveText("马尔康市");
  await expect(page.getByTestId("current-role")).toHaveText("县级流调人员");
  await expect(NAV(page)).toHaveText(["今日任务", "病例", "接触者", "风险排查", "协查与移交", "隔离点", "传播链", "导入核酸结果"]);
  await expect(page).toHaveURL(/\/today$/);
});

test("county staff of 汶川县 see 汶川县", async ({ page }) => {
  await signIn(page, "wenchuan");
  await expect(page.getByTestId("current-county")).toHaveText("汶川县");
  await expect(NAV(page)).toHaveText(["今日任务", "病例", "接触者", "风险排查", "协查与移交", "隔离点", "传播链", "导入核酸结果"]);
  // Admin pages are not theirs: the server answers "not found".
  const response = await page.goto("/admin/users");
  expect(response?.status()).toBe(404);
});

test("the prefecture official sees all counties", async ({ page }) => {
  await signIn(page, "official");
  await expect(page.getByTestId("current-county")).toHaveText("全州");
  await expect(NAV(page)).toHaveText(["首页", "数据看板", "各县概况", "传播链", "信息发布"]);
  await NAV(page).filter({ hasText: "各县概况" }).click();
  await expect(page.getByRole("row")).toHaveCount(14); // header + 13 counties
  await expect(page.getByRole("cell", { name: "若尔盖县" })).toBeVisible();
});

test("the administrator manages accounts, and can switch to English and sign out", async ({ page }) => {
  await signIn(page, "admin");
  await expect(NAV(page)).toHaveText(["首页", "账号管理", "隔离政策", "参考数据", "审计日志"]);
  await NAV(page).filter({ hasText: "账号管理" }).click();
  await expect(page.getByRole("cell", { name: "maerkang", exact: true })).toBeVisible();
  await NAV(page).filter({ hasText: "审计日志" }).click();
  await expect(page.getByRole("cell", { name: "登录", exact: true }).first()).toBeVisible();
  await page.getByRole("button", { name: "语言" }).click();
  await expect(NAV(page)).toHaveText(["Home", "Accounts", "Isolation policy", "Reference data", "Audit log"]);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin$/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/signin$/);
});
