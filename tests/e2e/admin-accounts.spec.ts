import { expect, test } from "@playwright/test";
import { field, signIn } from "./helpers";

// Unique per run: a reused local server keeps the accounts of earlier runs.
const USERNAME = `zhou.lin.${Math.random().toString(36).slice(2, 6)}`;

test("an administrator creates an account that must change its password at first sign-in", async ({ page, browser }) => {
  await signIn(page, "admin");
  await page.goto("/admin/users");
  const form = page.getByRole("form", { name: "新建账号" });
  // Refused input keeps what was typed and names the fields.
  await field(form, "用户名").fill(USERNAME);
  await field(form, "姓名").fill("周琳");
  await field(form, "初始密码").fill("short");
  await form.getByRole("button", { name: "新建账号" }).click();
  await expect(form.getByText("密码至少 10 个字符。")).toBeVisible();
  await expect(form.getByText("县级流调人员必须指定所属县（市）。")).toBeVisible();
  await expect(field(form, "用户名")).toHaveValue(USERNAME);

  await field(form, "所属县（市）").selectOption({ label: "理县" });
  await field(form, "初始密码").fill("Temporary#2026");
  await form.getByRole("button", { name: "新建账号" }).click();
  await expect(page.getByTestId("create-user-notice")).toHaveText(`账号 ${USERNAME} 已创建。`);
  await expect(page.getByRole("cell", { name: USERNAME, exact: true })).toBeVisible();

  const context = await browser.newContext({ locale: "zh-CN" });
  const newcomer = await context.newPage();
  await newcomer.goto("/signin");
  await field(newcomer, "用户名").fill(USERNAME);
  await newcomer.getByLabel("密码").fill("Temporary#2026");
  await newcomer.getByRole("button", { name: "登录" }).click();
  await expect(newcomer).toHaveURL(/\/account\/password$/);
  await field(newcomer, "当前密码").fill("Temporary#2026");
  await field(newcomer, "新密码").fill("MyOwnPassword#1");
  await field(newcomer, "再次输入新密码").fill("MyOwnPassword#2");
  await newcomer.getByRole("button", { name: "保存新密码" }).click();
  await expect(newcomer.getByText("两次输入的新密码不一致。")).toBeVisible();
  await field(newcomer, "再次输入新密码").fill("MyOwnPassword#1");
  await newcomer.getByRole("button", { name: "保存新密码" }).click();
  await expect(newcomer.getByTestId("current-county")).toHaveText("理县");
  await context.close();
});

test("a disabled colleague loses access on the next request", async ({ page, browser }) => {
  const context = await browser.newContext({ locale: "zh-CN" });
  const colleague = await context.newPage();
  await signIn(colleague, "wenchuan");
  await expect(colleague.getByTestId("current-county")).toHaveText("汶川县");

  await signIn(page, "admin");
  await page.goto("/admin/users");
  page.once("dialog", (d) => void d.accept());
  const row = page.getByRole("row").filter({ has: page.getByRole("cell", { name: "wenchuan", exact: true }) });
  await row.getByRole("button", { name: "停用" }).click();
  await expect(page.getByTestId("status-wenchuan")).toHaveText("已停用");

  // Same session cookie, next request: sent to sign in, and the API answers 401.
  await colleague.reload();
  await expect(colleague).toHaveURL(/\/signin$/);
  const api = await colleague.request.get("/api/v1/me");
  expect(api.status()).toBe(401);
  // Signing in again is refused with the reason.
  await field(colleague, "用户名").fill("wenchuan");
  await colleague.getByLabel("密码").fill("Staff#2026");
  await colleague.getByRole("button", { name: "登录" }).click();
  await expect(colleague.getByRole("main").getByRole("alert")).toHaveText("该账号已停用，请联系管理员。");

  // Enabled again, the colleague can work (later tests use this account).
  await page.getByRole("row").filter({ has: page.getByRole("cell", { name: "wenchuan", exact: true }) }).getByRole("button", { name: "启用" }).click();
  await expect(page.getByTestId("status-wenchuan")).toHaveText("启用");
  await context.close();
});
