// Helpers for the hardening tests (issue 8): sign-in over HTTP that reports the answer instead of
// asserting success, throw-away accounts made by the administrator, and replay of a server action
// captured from a real page.
import { expect, type APIRequestContext, type APIResponse, type Page, type PlaywrightWorkerArgs } from "@playwright/test";

type Playwright = PlaywrightWorkerArgs["playwright"];

export interface SignInAnswer {
  status: number;
  error: string | null;
  retryAfter: string | null;
}

/** POSTs the credentials form as the NextAuth client does; the context keeps the cookie. */
export async function postSignIn(ctx: APIRequestContext, username: string, password: string, headers: Record<string, string> = {}): Promise<SignInAnswer> {
  const { csrfToken } = (await (await ctx.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await ctx.post("/api/auth/callback/credentials", { form: { csrfToken, username, password, json: "true" }, headers });
  const body = (await res.json().catch(() => ({}))) as { url?: string };
  const error = body.url ? new URL(body.url, "http://x").searchParams.get("error") : null;
  return { status: res.status(), error, retryAfter: res.headers()["retry-after"] ?? null };
}

export async function newContext(playwright: Playwright, baseURL: string): Promise<APIRequestContext> {
  return playwright.request.newContext({ baseURL, extraHTTPHeaders: { "Accept-Language": "zh-CN" } });
}

/** A signed-in context; fails the test when sign-in does not succeed. */
export async function signedInContext(playwright: Playwright, baseURL: string, username: string, password: string): Promise<APIRequestContext> {
  const ctx = await newContext(playwright, baseURL);
  const answer = await postSignIn(ctx, username, password);
  expect(answer, `sign-in of ${username}`).toMatchObject({ status: 200, error: null });
  return ctx;
}

const RUN = Math.random().toString(36).slice(2, 6);
let seq = 0;
export const TEMP_PASSWORD = "Temporary#2026";

/** A new county-staff account of 马尔康市 (must change its password at first sign-in). */
export async function createAccount(admin: APIRequestContext, role = "COUNTY_STAFF", countyCode: string | null = "513201"): Promise<{ id: string; username: string }> {
  const username = `hard.${RUN}.${++seq}`;
  const res = await admin.post("/api/v1/admin/users", { data: { username, displayName: `测试${seq}`, role, countyCode, password: TEMP_PASSWORD } });
  expect(res.status(), await res.text()).toBe(201);
  return { id: ((await res.json()) as { id: string }).id, username };
}

export async function errorCode(res: APIResponse): Promise<string | undefined> {
  return ((await res.json().catch(() => ({}))) as { error?: { code?: string } }).error?.code;
}

export interface CapturedAction {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** Runs `trigger` on the page and returns the first server-action request it makes. */
export async function captureServerAction(page: Page, trigger: () => Promise<void>): Promise<CapturedAction> {
  const request = page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"]));
  await trigger();
  const r = await request;
  const headers = await r.allHeaders();
  const keep = ["next-action", "next-router-state-tree", "content-type", "accept"];
  return { url: r.url(), headers: Object.fromEntries(Object.entries(headers).filter(([k]) => keep.includes(k))), body: r.postData() ?? "" };
}

/** Sends a captured server action again from another context, with extra headers. */
export async function replayAction(ctx: APIRequestContext, action: CapturedAction, headers: Record<string, string> = {}): Promise<APIResponse> {
  return ctx.post(action.url, { headers: { ...action.headers, ...headers }, data: action.body });
}

type Browser = PlaywrightWorkerArgs["browser"];

/** A new account whose temporary password was changed through the page, ready for the API. */
export async function activeAccount(browser: Browser, admin: APIRequestContext, role = "COUNTY_STAFF", countyCode: string | null = "513201") {
  const account = await createAccount(admin, role, countyCode);
  const password = `Own-${account.username}`;
  const context = await browser.newContext({ locale: "zh-CN" });
  const page = await context.newPage();
  await page.goto("/signin");
  await page.getByLabel("用户名").fill(account.username);
  await page.getByLabel("密码").fill(TEMP_PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/\/account\/password$/);
  await page.getByLabel(/^当前密码/).fill(TEMP_PASSWORD);
  await page.getByLabel(/^新密码/).fill(password);
  await page.getByLabel(/^再次输入新密码/).fill(password);
  await page.getByRole("button", { name: "保存新密码" }).click();
  await expect(page.getByTestId("current-user")).toBeVisible();
  await context.close();
  return { ...account, password };
}
