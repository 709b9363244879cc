// The real app in embedded mode (`npm start`, scripts/start.ts) killed with -9: the wrapper
// first, then the Next.js server. No orphaned server may keep the port, and a restart finds
// what was saved. The same scenarios with a stand-in app, and the lock and signal cases, are
// in tests/integration/start-command/.
import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { field, signIn } from "./helpers";
import { basePort, exitOf, killStarted, readJson, root, runScript, statusOf, until, type Started } from "./processes";

const port = basePort + 1;
const baseURL = `http://localhost:${port}`;
const dataDir = path.join(root, ".data", `e2e-${basePort}-crash`);
const lockFile = path.join(dataDir, "tracer.lock");

test.use({ baseURL });
test.afterAll(killStarted);

function startEmbedded(): Started {
  // An empty DATABASE_URL: the embedded database, whatever the test runner's environment.
  return runScript("scripts/start.ts", { DATABASE_URL: "", PORT: String(port), TRACER_DATA_DIR: dataDir, TRACER_DEMO_DATA: "0" });
}

async function ready(s: Started) {
  await until("the app to be ready", async () => (await statusOf(`${baseURL}/api/ready`)) === 200, 180_000, s);
}

async function expectSiteListed(page: Page, name: string) {
  await page.goto("/sites");
  if (new URL(page.url()).pathname === "/signin") {
    await signIn(page, "maerkang");
    await page.goto("/sites");
  }
  await expect(page.getByRole("link", { name })).toBeVisible();
}

test("kill -9 of the wrapper stops the server; kill -9 of the server stops the wrapper; the data survives", async ({ page }) => {
  test.setTimeout(420_000);
  fs.rmSync(dataDir, { recursive: true, force: true });
  const site = `断电测试隔离点 ${Date.now() % 100000}`;

  const first = startEmbedded();
  await ready(first);
  await signIn(page, "maerkang");
  await page.goto("/sites/new");
  await field(page, "名称").fill(site);
  await field(page, "房间数").fill("3");
  await page.getByRole("button", { name: "创建隔离点" }).click();
  await expect(page.getByRole("heading", { name: site, level: 1 })).toBeVisible();

  first.child.kill("SIGKILL");
  // The orphaned Next.js server must not keep the port answering 500s.
  await until("the server to stop after its wrapper was killed", async () => (await statusOf(`${baseURL}/api/health`)) === undefined, 30_000);
  expect(readJson<{ pid: number }>(lockFile).pid).toBe(first.child.pid);

  const second = startEmbedded();
  await ready(second);
  expect(second.output()).not.toContain("already running");
  await expectSiteListed(page, site);

  const { appPid } = readJson<{ pid: number; appPid: number }>(lockFile);
  process.kill(appPid, "SIGKILL");
  expect((await exitOf(second)).code).toBe(1);
  expect(second.output()).toMatch(/Next\.js exited \(SIGKILL\); stopping Tracer\./);
  expect(fs.existsSync(lockFile)).toBe(false);
  expect(await statusOf(`${baseURL}/api/health`)).toBeUndefined();
});
