/**
 * The pages county staff open during an outbreak day, navigated in a real browser (Playwright
 * driving Chromium at /usr/bin/chromium) against a running app: Today, the contacts list, a
 * search by a full name, a contact page, a case page (15–30 contacts, when the county has one)
 * and Today's second page. Each page is visited once to warm up, then `runs` times; from the
 * page's Navigation Timing entry it prints median and p95 of time to first byte,
 * DOMContentLoaded and load, and the document's decoded and transferred size.
 * Chromium keeps its default cache: after the warm-up the static chunks come from the cache,
 * as on a real user's second visit, so the figures are the document and what it runs.
 *
 *   DATABASE_URL=… BASE_URL=http://localhost:3000 npm run bench:pages-browser -- [runs=10]
 * DATABASE_URL is the app's database: the county with most ACTIVE contacts is measured, signed
 * in through the sign-in form as its staff account "bench-today", made or reset here (password
 * BENCH_PASSWORD, default Bench#Today2026). That account is the only thing written.
 */
import { chromium, type Page } from "@playwright/test";

const base = process.env.BASE_URL ?? "http://localhost:3000";
const runs = Number(process.argv[2] ?? 10);
const quantile = (s: number[], q: number) => [...s].sort((a, b) => a - b)[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
const ms = (s: number[]) => `${quantile(s, 0.5).toFixed(0).padStart(5)} / ${quantile(s, 0.95).toFixed(0).padStart(5)} ms`;

interface Visit {
  ttfb: number;
  dcl: number;
  load: number;
  decoded: number;
  transfer: number;
}

// A string, not a function: tsx would add helpers to a function's body that the page lacks.
// loadEventEnd is 0 until the load handlers have returned: wait a tick (a few at most) and re-read.
const NAVIGATION_TIMING = `(async () => {
  let e = performance.getEntriesByType("navigation")[0];
  for (let i = 0; i < 20 && e && e.loadEventEnd === 0; i++) {
    await new Promise((r) => setTimeout(r, 10));
    e = performance.getEntriesByType("navigation")[0];
  }
  if (!e) return null;
  return { ttfb: e.responseStart - e.startTime, dcl: e.domContentLoadedEventEnd - e.startTime, load: e.loadEventEnd - e.startTime,
           decoded: e.decodedBodySize, transfer: e.transferSize };
})()`;

async function visit(page: Page, path: string): Promise<Visit> {
  const res = await page.goto(path, { waitUntil: "load" });
  const url = new URL(page.url());
  if (!res?.ok() || url.pathname !== new URL(path, base).pathname) throw new Error(`${path}: ${res?.status() ?? "no response"} at ${page.url()}`);
  const timing = (await page.evaluate(NAVIGATION_TIMING)) as Visit | null;
  if (!timing) throw new Error(`${path}: no navigation timing entry`);
  return timing;
}

async function measure(page: Page, label: string, path: string) {
  await visit(page, path); // warm-up: fills the cache with the page's chunks
  const visits: Visit[] = [];
  for (let i = 0; i < runs; i++) visits.push(await visit(page, path));
  const last = visits.at(-1)!;
  console.log(
    `  ${label.padEnd(28)} TTFB ${ms(visits.map((v) => v.ttfb))} | DCL ${ms(visits.map((v) => v.dcl))} | load ${ms(visits.map((v) => v.load))}` +
      ` | ${(last.decoded / 1024).toFixed(1).padStart(6)} KiB (${(last.transfer / 1024).toFixed(1).padStart(5)} KiB sent)`,
  );
}

async function main() {
  if (!process.env.DATABASE_URL) throw new Error("Set DATABASE_URL to the running app's database (to pick the county and make the bench-today account).");
  const { prisma } = await import("@/lib/db");
  const { benchStaff } = await import("./bench-staff");
  const db = prisma();

  const busiest = await db.contact.groupBy({ by: ["countyCode"], where: { status: "ACTIVE" }, _count: { _all: true }, orderBy: { _count: { countyCode: "desc" } }, take: 1 });
  const countyCode = busiest[0]?.countyCode;
  if (!countyCode) throw new Error("No ACTIVE contacts in this database: seed it first (npm run seed:scale or npm run db:seed).");
  // A three-character name where there is one: the search then takes the trigram path (ADR 0029).
  const [threeChars] = await db.$queryRaw<{ id: string }[]>`SELECT c."id" FROM "Contact" c JOIN "Person" p ON p."id" = c."personId"
    WHERE c."countyCode" = ${countyCode} AND c."status" = 'ACTIVE' AND char_length(p."name") = 3 ORDER BY c."createdAt" DESC LIMIT 1`;
  const sample = await db.contact.findFirstOrThrow({
    where: threeChars ? { id: threeChars.id } : { countyCode, status: "ACTIVE", person: { name: { not: "" } } },
    include: { person: true },
    orderBy: { createdAt: "desc" },
  });
  // A typical case of the county (15–30 contacts), for the case page.
  const [someCase] = await db.$queryRaw<{ id: string }[]>`SELECT "sourceCaseId" AS "id" FROM "Contact" WHERE "countyCode" = ${countyCode} AND "sourceCaseId" IS NOT NULL
    GROUP BY 1 HAVING count(*) BETWEEN 15 AND 30 LIMIT 1`;

  const { username, password } = await benchStaff(db, countyCode);
  await db.$disconnect();

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  try {
    const context = await browser.newContext({ baseURL: base, locale: "zh-CN", timezoneId: "Asia/Shanghai", viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto("/signin");
    await page.locator('input[name="username"]').fill(username);
    await page.locator('input[name="password"]').fill(password);
    await page.locator('input[name="password"]').press("Enter");
    await page.waitForURL((url) => url.pathname === "/today", { timeout: 60_000 });
    console.log(`bench:pages-browser: ${base}, county ${countyCode} (${busiest[0]!._count._all} ACTIVE contacts) as ${username}; 1 warm-up + ${runs} visits per page`);
    console.log(`  timings are median / p95 from navigation start; the size is the document decoded (and as transferred); searched: "${sample.person.name}"`);

    await measure(page, "Today, page 1", "/today");
    await measure(page, "contacts list", "/contacts");
    await measure(page, "contacts search, a full name", `/contacts?q=${encodeURIComponent(sample.person.name)}`);
    await measure(page, "contact page", `/contacts/${sample.id}`);
    if (someCase) await measure(page, "case page (15–30 contacts)", `/cases/${someCase.id}`);
    else console.log("  (no case with 15–30 contacts in this county: case page not measured)");
    await measure(page, "Today, page 2", "/today?page=2");
  } finally {
    await browser.close();
  }
}

void main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
