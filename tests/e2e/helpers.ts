import fs from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";

export const ACCOUNTS = {
  admin: { username: "admin", password: "Admin#2026" },
  official: { username: "official", password: "Official#2026" },
  maerkang: { username: "maerkang", password: "Staff#2026" },
  wenchuan: { username: "wenchuan", password: "Staff#2026" },
} as const;

export async function signIn(page: Page, account: keyof typeof ACCOUNTS) {
  const { username, password } = ACCOUNTS[account];
  await page.goto("/signin");
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByTestId("current-user")).toBeVisible();
}

/** Screenshots kept as CI artefacts under artifacts/screenshots. */
export async function saveScreenshot(page: Page, name: string) {
  const dir = path.resolve("artifacts", "screenshots");
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}
