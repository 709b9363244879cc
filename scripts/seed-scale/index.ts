/**
 * `npm run seed:scale -- --contacts N [--days 42]`: a realistic outbreak over the prefecture's
 * counties, generated in SQL (scripts/seed-scale/outbreak.ts) into DATABASE_URL — a fresh
 * database after `npm run setup` (it refuses one that already holds contacts). The dashboard
 * facts are switched off while loading and rebuilt by the recount at the end
 * (docs/decisions/0007-dashboard-facts.md). Prints each step with its rows and time.
 */
import { performance } from "node:perf_hooks";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { currentPolicy } from "@/lib/policy/current-policy";
import { todayOf } from "@/lib/calendar";
import { outbreakSteps } from "./outbreak";
import { planTemplates } from "./templates";

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(v) || v < 1) {
    console.error(`--${name} takes a positive whole number`);
    process.exit(2);
  }
  return v;
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("seed:scale needs DATABASE_URL (a database prepared by `npm run setup`).");
    process.exit(2);
  }
  const contacts = arg("contacts", 10_000);
  const days = arg("days", 42);
  const today = todayOf();
  const started = performance.now();
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 2 }) });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const counties = (await prisma.jurisdiction.findMany({ where: { level: "COUNTY", active: true }, orderBy: { code: "asc" }, select: { code: true } })).map((c) => c.code);
    if (counties.length === 0) throw new Error("No counties: run `npm run setup` first.");
    if ((await prisma.contact.count()) > 0) throw new Error("This database already holds contacts: seed:scale fills a fresh one.");
    const policy = await prisma.$transaction((tx) => currentPolicy(tx));
    console.log(`seed:scale: ${contacts.toLocaleString("en")} contacts over ${counties.length} counties, ${days} days up to ${today}`);
    await client.query(`SET tracer.facts = 'off'`);
    for (const step of outbreakSteps({ counties, contacts, today, days, policyVersion: policy.version, templates: planTemplates(policy) })) {
      const t0 = performance.now();
      const r = await client.query(step.sql, step.params);
      console.log(`  ${step.label.padEnd(34)} ${String(r.rowCount ?? 0).padStart(10)} rows  ${((performance.now() - t0) / 1000).toFixed(1).padStart(6)} s`);
    }
    let t0 = performance.now();
    await client.query(`ANALYZE`);
    console.log(`  ${"analyze".padEnd(34)} ${"".padStart(10)}       ${((performance.now() - t0) / 1000).toFixed(1).padStart(6)} s`);
    // Today's rows are kept per county and built on the first read (ADR 0026): the marks the
    // load left are of no use.
    await client.query(`TRUNCATE "TodayStale", "TodayRow", "TodayDay", "TodayCount"`);
    t0 = performance.now();
    await client.query(`SELECT dash_rebuild()`);
    const facts = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "DashboardFact"`);
    console.log(`  ${"dashboard facts (recount)".padEnd(34)} ${facts.rows[0]!.n.padStart(10)} rows  ${((performance.now() - t0) / 1000).toFixed(1).padStart(6)} s`);
    console.log(`seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await client.end();
    await prisma.$disconnect();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
