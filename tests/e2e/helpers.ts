import fs from "node:fs";
import path from "node:path";
import { expect, type Locator, type Page } from "@playwright/test";
import { addDays, todayInTimeZone } from "../../lib/isolation/dates";
import { idCardCheckChar } from "../../lib/validation/id-card";

export { addDays };

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

// ----------------------------------------------------------------------- calendar dates

/** Today in Asia/Shanghai, where every date of the domain is a calendar date. */
export const todayInShanghai = (now = new Date()): string => todayInTimeZone(now, "Asia/Shanghai");

/** Today in Asia/Shanghai plus `offsetDays`. */
export const shanghaiDate = (offsetDays = 0): string => addDays(todayInShanghai(), offsetDays);

// ------------------------------------------------------------------------ ID numbers

// One random birth date per run, so a rerun against a kept database meets new people; one
// sequence for every spec of the run, so no two specs make the same number.
const runBirth = `19${String(60 + Math.floor(Math.random() * 40)).padStart(2, "0")}${String(1 + Math.floor(Math.random() * 12)).padStart(2, "0")}${String(1 + Math.floor(Math.random() * 28)).padStart(2, "0")}`;
let idSeq = Math.floor(Math.random() * 500);

/** A valid GB 11643 resident ID number (马尔康市 by default), distinct within the run. */
export function newIdNumber(region = "513201"): string {
  const first17 = `${region}${runBirth}${String(++idSeq % 1000).padStart(3, "0")}`;
  return first17 + idCardCheckChar(first17);
}

// ------------------------------------------------------------------------ form controls

/** A form control by its label; required fields' labels end in an "*" that is not read out. */
export const field = (scope: Page | Locator, label: string) => scope.getByLabel(new RegExp(`^${label}\\*?$`));

/** A cell of the contact entry grid. */
export const cell = (page: Page, column: string, row: number) => page.getByLabel(`${column}，第 ${row} 行`, { exact: true });

/** Dispatches a paste of `text` on the element, as Ctrl+V of cells copied from a spreadsheet does. */
export async function paste(target: Locator, text: string) {
  await target.focus();
  await target.evaluate((el, data) => {
    const clipboard = new DataTransfer();
    clipboard.setData("text/plain", data);
    el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: clipboard, bubbles: true, cancelable: true }));
  }, text);
}
