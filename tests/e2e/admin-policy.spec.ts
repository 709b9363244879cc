// Policy administration (/admin/policy): versions with their authors, a new version refused
// with the field named, a preview under the draft, and plans that keep the version they were
// computed with. Ends by making the built-in rules current again under a new version, so the
// specs after this one compute 14+7 plans as before.
import { expect, test, type Page } from "@playwright/test";
import { addDays, saveScreenshot, shanghaiDate, signIn } from "./helpers";
import { seedCase, seedContacts } from "./seed-data";
import { apiSession, expectStatus } from "./api-helpers";

const RUN = Math.random().toString(36).slice(2, 6);
const VERSION = `e2e-10+4-${RUN}`;
const today = shanghaiDate();

test.describe.configure({ mode: "serial" });

const input = (page: Page, id: string) => page.locator(`#${id}`);

test("roles without the policy permission get a 403 'not allowed' page", async ({ browser }) => {
  for (const account of ["official", "maerkang"] as const) {
    const context = await browser.newContext({ locale: "zh-CN" });
    const page = await context.newPage();
    await signIn(page, account);
    const res = await page.goto("/admin/policy");
    expect(res?.status(), account).toBe(403);
    await expect(page.getByTestId("forbidden")).toContainText("无权访问");
    expect((await page.goto("/admin/policy/new"))?.status(), account).toBe(403);
    await context.close();
  }
});

test("an administrator adds a version: refused fields named, a preview, then plans follow it while older plans keep theirs", async ({ page, playwright }, testInfo) => {
  const staff = await apiSession(playwright, testInfo.project.use.baseURL!, "maerkang");
  const source = await seedCase(staff, "政策测试病例", addDays(today, -1));
  const [before] = await seedContacts(staff, source.id, [{ base: "政策前密接", category: "CLOSE", lastExposureDate: addDays(today, -1), identifiedDate: today }]);
  const beforeVersion = (await expectStatus<{ plan: { policyVersion: string } }>(await staff.get(`/api/v1/contacts/${before!.id}`), 200)).plan.policyVersion;

  await signIn(page, "admin");
  await page.getByRole("link", { name: "隔离政策" }).click();
  await expect(page.getByRole("heading", { name: "隔离政策" })).toBeVisible();
  await expect(page.getByTestId(`policy-${beforeVersion}`)).toContainText("当前版本");
  await expect(page.getByTestId(`policy-${beforeVersion}`)).toContainText("集中隔离 第 1–14 天");

  await page.getByRole("link", { name: "新建版本" }).click();
  await expect(page).toHaveURL(/\/admin\/policy\/new$/);
  await input(page, "policy-version").fill(VERSION);
  await input(page, "policy-note").fill("缩短为 10+4（演练）");

  // A gap between the two close-contact phases is refused at that field; what was typed stays.
  await input(page, "policy-CLOSE-phases-0-endDay").fill("10");
  await input(page, "policy-CLOSE-phases-1-startDay").fill("12");
  await page.getByRole("button", { name: "保存并启用" }).click();
  await expect(page.getByTestId("policy-notice")).toBeVisible();
  await expect(page.getByText("阶段须从第 1 天起首尾相接：此阶段应从第 11 天开始。")).toBeVisible();
  await expect(input(page, "policy-CLOSE-phases-1-startDay")).toHaveAttribute("aria-invalid", "true");
  await expect(input(page, "policy-version")).toHaveValue(VERSION);

  await input(page, "policy-CLOSE-phases-1-startDay").fill("11");
  await input(page, "policy-CLOSE-phases-1-endDay").fill("14");
  await input(page, "policy-CLOSE-testDays").fill("1, 4, 7, 10, 16");
  await input(page, "policy-CLOSE-doubleSampleDays").fill("10");
  await input(page, "policy-CLOSE-releaseDay").fill("14");
  await page.getByRole("button", { name: "保存并启用" }).click();
  await expect(page.getByText("第 5 项：检测日不能晚于解除日（第 14 天）。")).toBeVisible();
  await input(page, "policy-CLOSE-testDays").fill("1, 4, 7, 10, 14");

  // The preview computes a close contact's plan under the draft and under the current version.
  await input(page, "preview-lastExposureDate").fill(addDays(today, -2));
  await input(page, "preview-identifiedDate").fill(addDays(today, -1));
  await page.getByRole("button", { name: "预览" }).click();
  await expect(page.getByTestId("preview-draft-release")).toHaveText(`解除日期 ${addDays(today, 12)}`);
  await expect(page.getByTestId("preview-current-release")).toHaveText(`解除日期 ${addDays(today, 19)}`);
  await expect(page.getByTestId("preview-draft")).toContainText(`${addDays(today, 8)} (双采)`);
  await saveScreenshot(page, "admin-policy-new");

  await page.getByRole("button", { name: "保存并启用" }).click();
  await expect(page).toHaveURL(/\/admin\/policy\?created=/);
  await expect(page.getByTestId("policy-created")).toHaveText(`政策版本 ${VERSION} 已启用。`);
  const card = page.getByTestId(`policy-${VERSION}`);
  await expect(card).toContainText("当前版本");
  await expect(card).toContainText("系统管理员 创建于");
  await expect(card).toContainText("缩短为 10+4（演练）");
  await expect(card).toContainText("集中隔离 第 1–10 天");
  await expect(page.getByTestId(`policy-${beforeVersion}`)).not.toContainText("当前版本");
  await saveScreenshot(page, "admin-policy");

  // A contact registered now follows the new version; the earlier one keeps its plan.
  const [after] = await seedContacts(staff, source.id, [{ base: "政策后密接", category: "CLOSE", lastExposureDate: addDays(today, -1), identifiedDate: today }]);
  expect(after!.plan.releaseDate).toBe(addDays(today, 13));
  const reread = await expectStatus<{ plan: { policyVersion: string; releaseDate: string } }>(await staff.get(`/api/v1/contacts/${before!.id}`), 200);
  expect(reread.plan).toMatchObject({ policyVersion: beforeVersion, releaseDate: addDays(today, 20) });

  const staffPage = await page.context().browser()!.newContext({ locale: "zh-CN" }).then((c) => c.newPage());
  await signIn(staffPage, "maerkang");
  await staffPage.goto(`/contacts/${after!.id}`);
  await expect(staffPage.getByText(`方案版本 ${VERSION}`)).toBeVisible();
  await staffPage.goto(`/contacts/${before!.id}`);
  await expect(staffPage.getByText(`方案版本 ${beforeVersion}`)).toBeVisible();
  await staffPage.context().close();

  // The built-in rules become current again for the specs that follow.
  const admin = await apiSession(playwright, testInfo.project.use.baseURL!, "admin");
  const { versions } = await expectStatus<{ versions: { version: string; maxExtensionDays: number; categories: unknown }[] }>(await admin.get("/api/v1/admin/policy"), 200);
  const builtIn = versions.find((v) => v.version === beforeVersion)!;
  await expectStatus(await admin.post("/api/v1/admin/policy", { data: { version: `e2e-restore-${RUN}`, maxExtensionDays: builtIn.maxExtensionDays, categories: builtIn.categories, note: "恢复默认规则" } }), 201);
  await Promise.all([admin.dispose(), staff.dispose()]);
});
