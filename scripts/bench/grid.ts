/**
 * Benchmark of the contact registration behind the entry grid (docs/decisions/0025): 50 and 500
 * close contacts with distinct resident IDs and phones registered through the service
 * (registerContacts), through the API route handler (POST /api/v1/cases/{id}/contacts, with
 * session, JSON and the zod answer as the server sends it), and inserted by raw SQL
 * (grid-raw.ts), on a database holding N contacts already (default 6,500). Prints the median and
 * p95 of each and the ratio of the service to raw SQL.
 *
 *   npm run bench:grid -- [contacts=6500] [runs=7]
 * Uses DATABASE_URL when set (a scratch schema is created, seeded, vacuumed and dropped), else an
 * embedded PostgreSQL.
 *
 *   DATABASE_URL=… npm run bench:grid -- --existing [runs=7]
 * Measures on the database as it is (e.g. one filled by `npm run seed:scale`) and leaves its data
 * as it was: each registration runs in a transaction that fires the deferred triggers (the
 * dashboard facts COMMIT would compute: SET CONSTRAINTS ALL IMMEDIATE) and is then rolled back,
 * so the figures are everything but COMMIT's own WAL flush. Service and raw SQL only (the API
 * commits). Rows use region 519900, which no seeded ID number has. Rolled-back rows still leave
 * dead tuples and index entries behind until the next VACUUM.
 *
 * The browser side (keystrokes after pasting 500 rows, the grid's save) is
 * scripts/bench/grid-browser.ts.
 */
import { performance } from "node:perf_hooks";
import type { SessionUser } from "@/lib/auth/user";
import type { Prisma } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createTestDatabase } from "../../tests/integration/test-database";
import { seedRegistry } from "./seed-registry";
import { benchRows } from "./grid-rows";
import { rawInsert } from "./grid-raw";

const existing = process.argv.includes("--existing");
const args = process.argv.slice(2).filter((a) => a !== "--existing");
const total = existing ? 0 : Number(args[0] ?? 6500);
const runs = Number((existing ? args[0] : args[1]) ?? 7);

const quantile = (s: number[], q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;

/** Median and p95 of `runs` calls after a warm-up; a call may answer its own duration (ms). */
async function measure(label: string, fn: (run: number) => Promise<unknown>): Promise<number> {
  await fn(0); // warm-up
  const samples: number[] = [];
  for (let i = 1; i <= runs; i++) {
    const t0 = performance.now();
    const own = await fn(i);
    samples.push(typeof own === "number" ? own : performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const median = quantile(samples, 0.5);
  console.log(`  ${label.padEnd(40)} median ${median.toFixed(1).padStart(8)} ms   p95 ${quantile(samples, 0.95).toFixed(1).padStart(8)} ms   (n=${samples.length})`);
  return median;
}

class RolledBack extends Error {}

/** `work` in a transaction that runs the deferred triggers and is rolled back: its duration. */
async function rolledBack(db: PrismaClient, work: (tx: Prisma.TransactionClient) => Promise<unknown>): Promise<number> {
  let elapsed = 0;
  try {
    await db.$transaction(
      async (tx) => {
        const t0 = performance.now();
        await work(tx);
        await tx.$executeRaw`SET CONSTRAINTS ALL IMMEDIATE`;
        elapsed = performance.now() - t0;
        throw new RolledBack();
      },
      { maxWait: 10_000, timeout: 120_000 },
    );
  } catch (e) {
    if (!(e instanceof RolledBack)) throw e;
  }
  return elapsed;
}

async function onExisting() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("--existing needs DATABASE_URL");
  process.env.LOG_LEVEL ??= "warn";
  const { createPrismaClient } = await import("@/lib/db");
  const { todayOf } = await import("@/lib/calendar");
  const { peekCurrentPolicy } = await import("@/lib/policy/current-policy");
  const { registerContacts } = await import("@/lib/contacts/register-contacts");
  const db = createPrismaClient(url, 2);
  try {
    const contacts = await db.contact.count();
    console.log(`bench:grid --existing: ${contacts.toLocaleString("en")} contacts, ${runs} runs per measurement, every run rolled back`);
    const source = await db.case.findFirst({ where: { county: { active: true } }, orderBy: [{ countyCode: "asc" }, { id: "asc" }], select: { id: true, countyCode: true } });
    if (!source) throw new Error("the database holds no case to register contacts under");
    const policy = await peekCurrentPolicy(db);
    const today = todayOf();
    // Not stored: the service needs the user's id, role and county only (the audit keeps the id).
    const staff: SessionUser = { id: "00000000-0000-4000-8000-00000000b0a1", username: "bench-grid", displayName: "bench", role: "COUNTY_STAFF", countyCode: source.countyCode };
    let base = 0;
    for (const size of [50, 500]) {
      const service = await measure(`service  registerContacts  ${size} rows`, (r) =>
        rolledBack(db, (tx) => registerContacts(staff, source.id, { contacts: benchRows(base + r, size, today, "519900") }, { db: tx })),
      );
      base += runs + 1;
      const raw = await measure(`raw SQL  INSERT … unnest     ${size} rows`, (r) =>
        rolledBack(db, (tx) => rawInsert(tx, benchRows(base + r, size, today, "519901"), { countyCode: source.countyCode, caseId: source.id, policy, policyVersion: policy.version })),
      );
      base += runs + 1;
      console.log(`  → ${size} rows: service ${(service / raw).toFixed(1)}× raw SQL`);
    }
  } finally {
    await db.$disconnect();
  }
}

async function onScratch() {
  const started = performance.now();
  console.log(`bench:grid: ${total} contacts already registered, ${runs} runs per measurement, on ${process.env.DATABASE_URL ? "DATABASE_URL" : "an embedded database"}`);
  const testDb = await createTestDatabase(process.env.DATABASE_URL);
  process.env.DATABASE_URL = testDb.url;
  process.env.BCRYPT_COST = "4";
  process.env.LOG_LEVEL ??= "warn";
  (globalThis as { tracerPrisma?: unknown }).tracerPrisma = testDb.prisma;
  try {
    const { prisma } = await import("@/lib/db");
    const { seedReferenceData } = await import("@/lib/seed/reference-data");
    const { currentPolicy } = await import("@/lib/policy/current-policy");
    const { registerContacts } = await import("@/lib/contacts/register-contacts");
    // next-request first: it sets up Next's server environment the route module needs.
    const { callRoute, sessionCookie } = await import("../../tests/integration/http/next-request");
    const { POST } = await import("@/app/api/v1/cases/[id]/contacts/route");
    const db = prisma();
    await seedReferenceData(db);
    const counties = (await db.jurisdiction.findMany({ where: { level: "COUNTY", active: true }, orderBy: { code: "asc" }, select: { code: true } })).map((c) => c.code);
    const policy = await db.$transaction((tx) => currentPolicy(tx));
    const now = new Date("2026-11-29T04:00:00Z");
    const today = "2026-11-29";
    await seedRegistry(testDb.prisma, { counties, total, today, policy });
    const countyCode = counties[0]!;
    const account = await db.user.create({ data: { username: "bench-grid", displayName: "bench", passwordHash: "x", role: "COUNTY_STAFF", countyCode } });
    const staff = { id: account.id, username: account.username, displayName: account.displayName, role: "COUNTY_STAFF" as const, countyCode };
    const cookie = await sessionCookie(account);
    const cases = await db.case.findMany({ where: { countyCode }, select: { id: true }, take: 2 });
    console.log(`  database ready in ${((performance.now() - started) / 1000).toFixed(1)} s; measuring (runs use distinct people):`);

    // Each measurement gets its own range of runs (distinct birth dates in the ID numbers).
    let base = 0;
    const series = async (size: number) => {
      const service = await measure(`service  registerContacts  ${size} rows`, (r) => registerContacts(staff, cases[0]!.id, { contacts: benchRows(base + r, size, today) }, { now }));
      base += runs + 1;
      const api = await measure(`API      POST …/contacts       ${size} rows`, async (r) => {
        const res = await callRoute(POST, `/api/v1/cases/${cases[1]!.id}/contacts`, { cookie, body: { contacts: benchRows(base + r, size, today) }, params: { id: cases[1]!.id } });
        if (res.status !== 201) throw new Error(`API answered ${res.status}: ${JSON.stringify(res.body).slice(0, 300)}`);
      });
      base += runs + 1;
      const raw = await measure(`raw SQL  INSERT … unnest     ${size} rows`, (r) =>
        testDb.prisma.$transaction((tx) =>
          rawInsert(tx, benchRows(base + r, size, today, "513202"), { countyCode, caseId: cases[0]!.id, policy, policyVersion: policy.version }),
        ),
      );
      base += runs + 1;
      console.log(`  → ${size} rows: service ${(service / raw).toFixed(1)}× raw SQL, API ${(api / raw).toFixed(1)}× raw SQL`);
    };
    await series(50);
    await series(500);
  } finally {
    await testDb.drop();
  }
  console.log(`\nbench:grid finished in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

void (existing ? onExisting() : onScratch());
