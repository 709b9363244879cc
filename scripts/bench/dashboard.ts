/**
 * `npm run bench:dashboard -- [runs=30]`: median and p95 of every dashboard read against the
 * database in DATABASE_URL (fill it with `npm run seed:scale -- --contacts N`), beside the same
 * figures read by raw SQL through pg, with the ratio. In-process service calls always; with
 * BASE_URL (a running `npm start` on the same database) also the HTTP endpoints and pages, signed
 * in as a bench official (created here with BENCH_PASSWORD), and the public bulletin signed out.
 * The public bulletin needs a published one: the bench official publishes today's if none is.
 */
import { performance } from "node:perf_hooks";
import pg from "pg";
import { createPrismaClient, Prisma } from "../../lib/db";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { SessionUser } from "../../lib/auth/user";
import { getCountyFigures } from "../../lib/dashboard/county-figures";
import { getDashboardSeries } from "../../lib/dashboard/get-series";
import { todayOf } from "../../lib/calendar";
import { addDays } from "../../lib/isolation/dates";
import { factsQuery } from "../../lib/dashboard/facts";
import { hashPassword } from "../../lib/auth/password";
import { registerCase } from "../../lib/cases/register-case";
import { registerContacts } from "../../lib/contacts/register-contacts";
import { getPublishedBulletin, listPublishedBulletins, PUBLIC_LIST_LIMIT, publishedSql } from "../../lib/bulletins/list-bulletins";
import { createBulletin, publishBulletin, reviewBulletin } from "../../lib/bulletins/workflow";

const runs = Number(process.argv[2] ?? 30);
const BASE = process.env.BASE_URL;
const PASSWORD = process.env.BENCH_PASSWORD ?? "Bench#Dashboard2026";

const quantile = (s: number[], q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;

async function sample(fn: () => Promise<unknown>): Promise<number[]> {
  // Warm-up: a few calls, so the code measured is compiled as it is in a running server.
  for (let i = 0; i < 5; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return out.sort((a, b) => a - b);
}

const rows: string[][] = [];
async function measure(label: string, app: () => Promise<unknown>, raw?: () => Promise<unknown>) {
  process.stdout.write(`  measuring ${label} …\r`);
  const a = await sample(app);
  const r = raw ? await sample(raw) : undefined;
  const f = (v: number) => v.toFixed(1);
  rows.push([label, f(quantile(a, 0.5)), f(quantile(a, 0.95)), r ? f(quantile(r, 0.5)) : "—", r ? f(quantile(r, 0.95)) : "—", r ? (quantile(a, 0.5) / quantile(r, 0.5)).toFixed(2) + "×" : "—"]);
  console.log(`  ${label.padEnd(44)} median ${rows.at(-1)![1]!.padStart(7)} ms  p95 ${rows.at(-1)![2]!.padStart(7)} ms${r ? `   raw ${rows.at(-1)![3]} ms  ratio ${rows.at(-1)![5]}` : ""}`);
}

/** The same reads the service does, as raw SQL through pg (the facts query and the sites). */
function rawFacts(client: pg.Client, counties: string[], from: string, to: string, together = false, byCounty = false) {
  // Every county together is what the service reads from the prefecture's own facts.
  const q = factsQuery(together ? null : counties, from, to, together);
  const c = factsQuery(counties, from, to, false, false);
  return Promise.all([
    client.query(q.text, q.values),
    byCounty ? client.query(c.text, c.values) : undefined,
    client.query(`SELECT "countyCode", count(*), sum("capacity") FROM "IsolationSite" WHERE "active" AND "countyCode" = ANY($1::varchar[]) GROUP BY 1`, [counties]),
    client.query(`SELECT "code", "nameZh", "nameEn" FROM "Jurisdiction" WHERE "level" = 'COUNTY' AND "code" = ANY($1::varchar[])`, [counties]),
  ]);
}

async function httpClient(username: string) {
  const jar = new Map<string, string>();
  const call = async (method: string, path: string, form?: Record<string, string>) => {
    const res = await fetch(BASE + path, {
      method,
      redirect: "manual",
      headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; "), ...(form ? { "content-type": "application/x-www-form-urlencoded" } : {}) },
      body: form ? new URLSearchParams(form).toString() : undefined,
    });
    for (const c of res.headers.getSetCookie()) {
      const pair = c.split(";")[0]!;
      jar.set(pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1));
    }
    return res;
  };
  const { csrfToken } = (await (await call("GET", "/api/auth/csrf")).json()) as { csrfToken: string };
  await call("POST", "/api/auth/callback/credentials", { csrfToken, username, password: PASSWORD, json: "true" });
  return async (path: string) => {
    const res = await call("GET", path);
    if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
    return res.text();
  };
}

class RolledBack extends Error {}

/** `work` in a transaction that runs its deferred triggers (the facts) and is then rolled back. */
async function rolledBack(client: PrismaClient, work: (tx: Prisma.TransactionClient) => Promise<unknown>): Promise<void> {
  try {
    await client.$transaction(
      async (tx) => {
        await work(tx);
        await tx.$executeRaw`SET CONSTRAINTS ALL IMMEDIATE`;
        throw new RolledBack();
      },
      { maxWait: 10_000, timeout: 120_000 },
    );
  } catch (e) {
    if (!(e instanceof RolledBack)) throw e;
  }
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("bench:dashboard needs DATABASE_URL (filled by npm run seed:scale)");
  const db = createPrismaClient(url, 4);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const contacts = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Contact"`);
  const counties = (await db.jurisdiction.findMany({ where: { level: "COUNTY", active: true }, orderBy: { code: "asc" } })).map((c) => c.code);
  const today = todayOf();
  const from = addDays(today, -27);
  console.log(`bench:dashboard: ${Number(contacts.rows[0]!.n).toLocaleString("en")} contacts, ${counties.length} counties, ${runs} runs each, date ${today}`);
  const official: SessionUser = { id: "00000000-0000-4000-8000-00000000b001", username: "bench-official", displayName: "bench", role: "PREFECTURE_OFFICIAL", countyCode: null };
  const staff: SessionUser = { ...official, role: "COUNTY_STAFF", countyCode: counties[0]! };
  const opts = { db };

  await measure("dashboard, all counties (service)", () => getCountyFigures(official, { date: today }, opts), () => rawFacts(client, counties, today, today));
  await measure("dashboard, one county (service)", () => getCountyFigures(official, { date: today, county: counties[0] }, opts), () => rawFacts(client, [counties[0]!], today, today));
  await measure("dashboard, county staff (service)", () => getCountyFigures(staff, { date: today }, opts), () => rawFacts(client, [counties[0]!], today, today));
  await measure("series, 28 days, all counties (service)", () => getDashboardSeries(official, { to: today }, opts), () => rawFacts(client, counties, from, today, true));
  await measure("series, 28 days, by county (service)", () => getDashboardSeries(official, { to: today, byCounty: "1" }, opts), () => rawFacts(client, counties, from, today, true, true));

  // What the facts cost a write: 50 close contacts registered through the service, with the
  // triggers and without them (a session with tracer.facts = off), in a county of the data.
  const staffRow = await db.user.upsert({
    where: { username: "bench-staff" },
    create: { username: "bench-staff", displayName: "Bench staff", role: "COUNTY_STAFF", countyCode: counties[0]!, passwordHash: "x" },
    update: {},
  });
  const writer: SessionUser = { id: staffRow.id, username: "bench-staff", displayName: "Bench staff", role: "COUNTY_STAFF", countyCode: counties[0]! };
  const offUrl = new URL(url);
  offUrl.searchParams.set("options", "-c tracer.facts=off");
  const dbOff = createPrismaClient(offUrl.toString(), 2);
  const source = await registerCase(writer, { name: "基准病例", sex: "MALE", countyCode: counties[0]!, classification: "CONFIRMED", confirmedDate: today }, opts);
  let seq = 0;
  const fifty = () => ({
    contacts: Array.from({ length: 50 }, () => ({ name: `基准密接${++seq}`, category: "CLOSE", lastExposureDate: addDays(today, -1), identifiedDate: today })),
  });
  // Each registration runs in a transaction that fires the deferred fact triggers and is rolled
  // back, so the benchmark leaves the data as it found it (repeated runs used to grow the county).
  await measure(
    "register 50 close contacts, facts kept (service)",
    () => rolledBack(db, (tx) => registerContacts(writer, source.id, fifty(), { db: tx })),
    () => rolledBack(dbOff, (tx) => registerContacts(writer, source.id, fifty(), { db: tx })),
  );
  console.log("    (the raw column here is the same service with the fact triggers off: the ratio is their cost; both rolled back)");
  await dbOff.$disconnect();

  // The public bulletin: stored counts, so its cost must not depend on the data at all.
  const username = "bench-official";
  const officialRow = await db.user.upsert({
    where: { username },
    create: { username, displayName: "Bench official", role: "PREFECTURE_OFFICIAL", passwordHash: await hashPassword(PASSWORD), mustChangePassword: false },
    update: { passwordHash: await hashPassword(PASSWORD), active: true, mustChangePassword: false },
  });
  let bulletin = (await listPublishedBulletins(opts))[0];
  if (!bulletin) {
    const publisher: SessionUser = { ...official, id: officialRow.id, username };
    const draft = await createBulletin(publisher, { date: today }, opts);
    const reviewed = await reviewBulletin(publisher, draft.id, { version: draft.version }, opts);
    await publishBulletin(publisher, reviewed.id, { version: reviewed.version }, opts);
    bulletin = await getPublishedBulletin(draft.id, opts);
  }
  const bulletinId = bulletin.id;
  // The raw column sends the service's own statement through pg: the ratio is what the app adds.
  const list = publishedSql(Prisma.sql`true`, PUBLIC_LIST_LIMIT);
  const one = publishedSql(Prisma.sql`b."id" = ${bulletinId}::uuid`, 1);
  await measure("public bulletins, list (service)", () => listPublishedBulletins(opts), () => client.query(list.text, list.values));
  await measure("public bulletin, one (service)", () => getPublishedBulletin(bulletinId, opts), () => client.query(one.text, one.values));

  if (BASE) {
    const get = await httpClient(username);
    await measure("GET /api/v1/dashboard (HTTP)", () => get(`/api/v1/dashboard?date=${today}`), () => rawFacts(client, counties, today, today));
    await measure(`GET /api/v1/dashboard?county= (HTTP)`, () => get(`/api/v1/dashboard?date=${today}&county=${counties[0]}`), () => rawFacts(client, [counties[0]!], today, today));
    await measure("GET /api/v1/dashboard/series (HTTP)", () => get(`/api/v1/dashboard/series?to=${today}`), () => rawFacts(client, counties, from, today, true));
    await measure("GET /api/v1/dashboard/series?byCounty=1 (HTTP)", () => get(`/api/v1/dashboard/series?to=${today}&byCounty=1`), () => rawFacts(client, counties, from, today, true, true));
    await measure("page /dashboard (HTTP)", () => get(`/dashboard?date=${today}`));
    await measure("page /dashboard?county= (HTTP)", () => get(`/dashboard?date=${today}&county=${counties[0]}`));
    // Signed out, as the public reads it.
    const publicGet = async (path: string) => {
      const res = await fetch(BASE + path);
      if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
      return res.arrayBuffer();
    };
    await measure("GET /api/v1/public/bulletins (HTTP, signed out)", () => publicGet("/api/v1/public/bulletins"));
    await measure("page /public/bulletins (HTTP, signed out)", () => publicGet("/public/bulletins"));
    await measure("page /public/bulletins/{id} (HTTP, signed out)", () => publicGet(`/public/bulletins/${bulletinId}`));
    await measure("CSV of a bulletin (HTTP, signed out)", () => publicGet(`/api/v1/public/bulletins/${bulletinId}/export?format=csv`));
  }

  console.log("\n| measurement | median ms | p95 ms | raw SQL median ms | raw SQL p95 ms | app / raw |");
  console.log("|---|---:|---:|---:|---:|---:|");
  for (const r of rows) console.log(`| ${r.join(" | ")} |`);
  await client.end();
  await db.$disconnect();
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
