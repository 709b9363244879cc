/**
 * The entry grid in a real browser (Playwright driving Chromium at /usr/bin/chromium) against a
 * running app: paste 500 rows, then the latency of keystrokes (keydown to the next painted
 * frame) in a row at the top and in a row in the middle of the grid, then the grid's save of
 * the 500 rows (click to "saved", including the match check). Prints median and p95.
 *
 *   BASE_URL=http://localhost:3000 npm run bench:grid-browser -- [runs=3]
 * Use a scratch instance started with the demo accounts (`npm start` on an empty data folder):
 * every run registers 500 people in 马尔康市 (signed in as `maerkang`).
 * With GRID_PROFILE=1 the browser's CPU profile of each save is summed by function: the top
 * fifteen by self time are printed (where a slow save spends its time in the page).
 */
import { performance } from "node:perf_hooks";
import { chromium, type CDPSession, type Page } from "@playwright/test";
import { idCardCheckChar } from "@/lib/validation/id-card";
import { addDays, todayInTimeZone } from "@/lib/isolation/dates";

const base = process.env.BASE_URL ?? "http://localhost:3000";
const runs = Number(process.argv[2] ?? 3);
const today = todayInTimeZone(new Date(), "Asia/Shanghai");
const quantile = (s: number[], q: number) => [...s].sort((a, b) => a - b)[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
const line = (label: string, s: number[]) =>
  console.log(`  ${label.padEnd(44)} median ${quantile(s, 0.5).toFixed(1).padStart(8)} ms   p95 ${quantile(s, 0.95).toFixed(1).padStart(8)} ms   (n=${s.length})`);

const cell = (page: Page, column: string, row: number) => page.getByLabel(`${column}，第 ${row} 行`, { exact: true });

/** Keydown → the frame after the update: what a typist waits for. */
async function keystrokes(page: Page, column: string, row: number, text: string): Promise<number[]> {
  const target = cell(page, column, row);
  await target.scrollIntoViewIfNeeded();
  await target.click();
  // A string, not a function: tsx would add helpers to a function's body that the page lacks.
  await page.evaluate(`(() => {
    window.__lat = [];
    document.addEventListener("keydown", () => {
      const t0 = performance.now();
      requestAnimationFrame(() => setTimeout(() => window.__lat.push(performance.now() - t0), 0));
    }, { capture: true });
  })()`);
  await page.keyboard.type(text, { delay: 80 });
  await page.waitForTimeout(300);
  return (await page.evaluate("window.__lat")) as number[];
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time by function (name, file, line) from a CDP CPU profile, the top fifteen. */
function topSelfTime(profile: Profile) {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const f = byNode.get(id)!.callFrame;
    const key = `${f.functionName || "(anonymous)"} ${f.url.split("/").slice(-1)[0] ?? ""}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`    ${ms.toFixed(0).padStart(7)} ms  ${key}`);
}

async function main() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  const context = await browser.newContext({ baseURL: base, locale: "zh-CN", timezoneId: "Asia/Shanghai", viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto("/signin");
  await page.getByLabel("用户名").fill("maerkang");
  await page.getByLabel("密码").fill("Staff#2026");
  await page.getByRole("button", { name: "登录" }).click();
  await page.getByTestId("current-user").waitFor();
  console.log(`bench:grid-browser: ${base}, ${runs} runs of 500 pasted rows`);

  const pasteMs: number[] = [];
  const top: number[] = [];
  const middle: number[] = [];
  const save: number[] = [];
  const tag = Math.random().toString(36).slice(2, 6).toUpperCase();
  for (let run = 0; run < runs; run++) {
    const res = await page.request.post("/api/v1/cases", {
      data: { name: `浏览器基准${tag}${run}`, sex: "MALE", countyCode: "513201", classification: "CONFIRMED", confirmedDate: addDays(today, -3) },
    });
    if (res.status() !== 201) throw new Error(`case: ${res.status()} ${await res.text()}`);
    const { id } = (await res.json()) as { id: string };
    await page.goto(`/cases/${id}/contacts/new`);
    await page.getByTestId("entry-grid").waitFor();
    const birth = `19${String(30 + ((run * 7 + tag.charCodeAt(0)) % 60)).padStart(2, "0")}0${1 + (run % 9)}1${tag.charCodeAt(1) % 9}`;
    const block = Array.from({ length: 500 }, (_, i) => {
      // Region 519900: no generated person (seed:scale uses the county codes) has such a number.
      const first17 = `519900${birth}${String(i).padStart(3, "0")}`;
      return [`基准${tag}${run}-${i}`, "", first17 + idCardCheckChar(first17), "", "密接", "同住", addDays(today, -2)].join("\t");
    }).join("\n");
    const t0 = performance.now();
    await cell(page, "姓名", 1).evaluate((el, data) => {
      const clipboard = new DataTransfer();
      clipboard.setData("text/plain", data);
      el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: clipboard, bubbles: true, cancelable: true }));
    }, block);
    await page.getByText("已粘贴 500 行").waitFor();
    pasteMs.push(performance.now() - t0);
    top.push(...(await keystrokes(page, "电话", 2, "13912345678")));
    await page.getByTestId("entry-grid-scroll").evaluate((el) => (el.scrollTop = el.scrollHeight / 2));
    const visible = await page.locator('[data-testid="grid-row"]').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute("data-index"))));
    middle.push(...(await keystrokes(page, "电话", visible[Math.floor(visible.length / 2)]! + 1, "13987654321")));
    let cdp: CDPSession | undefined;
    if (process.env.GRID_PROFILE) {
      cdp = await context.newCDPSession(page);
      await cdp.send("Profiler.enable");
      await cdp.send("Profiler.start");
    }
    const s0 = performance.now();
    await page.getByTestId("grid-save").click();
    await page.getByTestId("grid-notice").filter({ hasText: "已保存 500 名接触者" }).waitFor({ timeout: 120_000 });
    save.push(performance.now() - s0);
    if (cdp) {
      const { profile } = (await cdp.send("Profiler.stop")) as unknown as { profile: Profile };
      console.log(`  run ${run + 1}: where the page spent the save (self time):`);
      topSelfTime(profile);
      await cdp.detach();
    }
    console.log(`  run ${run + 1}: paste ${pasteMs.at(-1)!.toFixed(0)} ms, save ${save.at(-1)!.toFixed(0)} ms`);
  }
  line("paste 500 rows (event to rendered)", pasteMs);
  line("keystroke, row 2 (500 rows in the grid)", top);
  line("keystroke, middle row (500 rows in the grid)", middle);
  line("grid save of 500 rows (check + register)", save);
  await browser.close();
}

void main();
