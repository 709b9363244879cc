// Issue 8, "What was found", over HTTP: sessions that did not end, a temporary password that
// opened the API and server actions, the API skipping version checks, anyone locking any account
// (and ending the victim's session), no rate limit, DISABLED told without the password, and the
// audit address taken from X-Forwarded-For.
import { expect, test } from "@playwright/test";
import { apiSession, expectError, expectStatus } from "./api-helpers";
import { addDays, todayInShanghai } from "./helpers";
import { seedCase, seedContacts } from "./seed-data";
import {
  activeAccount,
  captureServerAction,
  createAccount,
  errorCode,
  newContext,
  postSignIn,
  replayAction,
  signedInContext,
  TEMP_PASSWORD,
} from "./hardening-helpers";

const T = todayInShanghai();

test("signing out ends the session everywhere: a copied cookie gets 401 and the sign-in page", async ({ playwright, baseURL, browser }) => {
  const admin = await apiSession(playwright, baseURL!, "admin");
  const acc = await activeAccount(browser, admin);
  const ctx = await signedInContext(playwright, baseURL!, acc.username, acc.password);
  const state = await ctx.storageState();
  const copy = await playwright.request.newContext({ baseURL, storageState: state });
  await expectStatus(await copy.get("/api/v1/me"), 200);

  const { csrfToken } = (await (await ctx.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await ctx.post("/api/auth/signout", { form: { csrfToken, json: "true" } });

  await expectError(await copy.get("/api/v1/me"), 401, "UNAUTHENTICATED");
  const browserContext = await browser.newContext({ storageState: state });
  const page = await browserContext.newPage();
  await page.goto("/today");
  await expect(page).toHaveURL(/\/signin$/);
  await browserContext.close();
});

test("an administrator's password reset ends the account's sessions at once", async ({ playwright, baseURL, browser }) => {
  const admin = await apiSession(playwright, baseURL!, "admin");
  const acc = await activeAccount(browser, admin);
  const ctx = await signedInContext(playwright, baseURL!, acc.username, acc.password);
  await expectStatus(await ctx.get("/api/v1/me"), 200);
  await expectStatus(await admin.post(`/api/v1/admin/users/${acc.id}/password`, { data: { password: "Another#Temp1" } }), 200);
  await expectError(await ctx.get("/api/v1/me"), 401, "UNAUTHENTICATED");
});

test("a temporary password opens neither the API nor server actions, only the password change", async ({ playwright, baseURL, page }) => {
  const admin = await apiSession(playwright, baseURL!, "admin");
  const acc = await createAccount(admin);
  const temp = await signedInContext(playwright, baseURL!, acc.username, TEMP_PASSWORD);
  await expectError(await temp.get("/api/v1/me"), 403, "PASSWORD_CHANGE_REQUIRED");
  await expectError(await temp.post("/api/v1/sites", { data: { name: `临时-${acc.username}`, capacity: 3 } }), 403, "PASSWORD_CHANGE_REQUIRED");

  // A server action of the site form, captured from a staff member's page, replayed with the
  // temporary session: refused, and nothing created.
  await page.goto("/signin");
  await page.getByLabel("用户名").fill("maerkang");
  await page.getByLabel("密码").fill("Staff#2026");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByTestId("current-user")).toBeVisible();
  await page.goto("/sites/new");
  const siteName = `动作-${acc.username}`;
  await page.getByLabel(/^名称/).fill(siteName);
  await page.getByLabel(/^房间数/).fill("2");
  const action = await captureServerAction(page, () => page.getByRole("button", { name: "创建隔离点" }).click());
  const replay = await replayAction(temp, { ...action, body: action.body.replace(siteName, `${siteName}-临时`) });
  expect(await replay.text()).toContain("PASSWORD_CHANGE_REQUIRED");
  const staff = await apiSession(playwright, baseURL!, "maerkang");
  const sites = await expectStatus<{ items: { name: string }[] }>(await staff.get("/api/v1/sites?pageSize=200"), 200);
  expect(sites.items.map((s) => s.name)).not.toContain(`${siteName}-临时`);
});

test("the API checks the version the client read (release, extend, reclassify, assign-site): 409 STALE", async ({ playwright, baseURL }) => {
  const staff = await apiSession(playwright, baseURL!, "maerkang");
  const source = await seedCase(staff, "版本源", addDays(T, -3));
  const [c] = await seedContacts(staff, source.id, [{ base: "版本", category: "CLOSE", lastExposureDate: addDays(T, -2), identifiedDate: addDays(T, -1) }]);
  const { version } = await expectStatus<{ version: number }>(await staff.get(`/api/v1/contacts/${c!.id}`), 200);
  const endDate = c!.plan.phases[0]!.endDate;
  await expectStatus(await staff.post(`/api/v1/contacts/${c!.id}/extend`, { data: { version, phase: "CENTRALIZED_ISOLATION", newEndDate: addDays(endDate, 1), reason: "复核" } }), 200);
  // The same version again is stale now, for every versioned action.
  const stale = [
    staff.post(`/api/v1/contacts/${c!.id}/extend`, { data: { version, phase: "CENTRALIZED_ISOLATION", newEndDate: addDays(endDate, 2), reason: "复核" } }),
    staff.post(`/api/v1/contacts/${c!.id}/release`, { data: { version, date: T } }),
    staff.post(`/api/v1/contacts/${c!.id}/reclassify`, { data: { version, reason: "排除" } }),
    staff.put(`/api/v1/contacts/${c!.id}/site`, { data: { version, siteId: null } }),
  ];
  for (const res of stale) await expectError(await res, 409, "STALE");
});

test("40 wrong passwords neither lock the account nor end its session; they are rate limited (429, Retry-After)", async ({ playwright, baseURL, browser }) => {
  const admin = await apiSession(playwright, baseURL!, "admin");
  const victim = await activeAccount(browser, admin, "ADMIN", null);
  const live = await signedInContext(playwright, baseURL!, victim.username, victim.password);

  const attacker = await newContext(playwright, baseURL!);
  const answers = [];
  for (let i = 0; i < 40; i++) answers.push(await postSignIn(attacker, victim.username, `wrong-${i}`));
  expect(answers.slice(0, 5).map((a) => [a.status, a.error])).toEqual(Array(5).fill([401, "INVALID_CREDENTIALS"]));
  for (const a of answers.slice(5)) {
    expect(a.status).toBe(429);
    expect(a.error).toMatch(/^RATE_LIMITED:\d+$/);
    expect(Number(a.retryAfter)).toBeGreaterThan(0);
  }
  // The victim's live session is untouched, and the account is not locked.
  await expectStatus(await live.get("/api/v1/me"), 200);
  const { users } = await expectStatus<{ users: { id: string; lockedUntil: string | null; active: boolean }[] }>(await admin.get("/api/v1/admin/users"), 200);
  expect(users.find((u) => u.id === victim.id)).toMatchObject({ lockedUntil: null, active: true });
});

test("the sign-in page says how long to wait when attempts are rate limited", async ({ page }) => {
  const username = `nobody-${Math.random().toString(36).slice(2, 8)}`;
  await page.goto("/signin");
  await page.getByLabel("用户名").fill(username);
  for (let i = 0; i < 6; i++) {
    await page.getByLabel("密码").fill(`wrong-${i}`);
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page.getByRole("main").getByRole("alert")).not.toBeEmpty();
  }
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("登录尝试次数过多，请于 1 分钟后再试。");
});

test("DISABLED is told only to someone who gave the right password", async ({ playwright, baseURL, browser }) => {
  const admin = await apiSession(playwright, baseURL!, "admin");
  const acc = await activeAccount(browser, admin);
  await expectStatus(await admin.patch(`/api/v1/admin/users/${acc.id}`, { data: { active: false } }), 200);
  const ctx = await newContext(playwright, baseURL!);
  expect(await postSignIn(ctx, acc.username, "not-the-password")).toMatchObject({ status: 401, error: "INVALID_CREDENTIALS" });
  expect(await postSignIn(ctx, acc.username, acc.password)).toMatchObject({ status: 401, error: "DISABLED" });
});

test("the audit log records the connection's address, not a client-sent X-Forwarded-For", async ({ playwright, baseURL, page }) => {
  const spoofed = "203.0.113.77";
  const ctx = await newContext(playwright, baseURL!);
  expect(await postSignIn(ctx, "official", "Official#2026", { "X-Forwarded-For": spoofed, "X-Real-IP": spoofed })).toMatchObject({ status: 200 });
  await page.goto("/signin");
  await page.getByLabel("用户名").fill("admin");
  await page.getByLabel("密码").fill("Admin#2026");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByTestId("current-user")).toBeVisible();
  await page.goto("/admin/audit");
  await expect(page.getByRole("cell", { name: /^(127\.0\.0\.1|::1)$/ }).first()).toBeVisible();
  await expect(page.getByText(spoofed)).toHaveCount(0);
  expect(await errorCode(await ctx.get("/api/v1/nothing-here"))).toBe("NOT_FOUND");
});
