import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);

/**
 * Browser tests drive Debian's Chromium (Playwright cannot download browsers here) against
 * the app started by `npm start` on its own port, with its own fresh embedded database and
 * the demo accounts.
 */
export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${port}`,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: {
    command: `rm -rf .data/e2e-${port} && npm start`,
    env: { PORT: String(port), TRACER_DATA_DIR: `.data/e2e-${port}`, DATABASE_URL: "", TRACER_DEMO_DATA: "0" },
    url: `http://localhost:${port}/signin`,
    reuseExistingServer: !process.env.CI,
    timeout: 900_000,
    stdout: "pipe",
  },
});
