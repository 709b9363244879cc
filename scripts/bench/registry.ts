/**
 * Benchmark of the registry's hot reads with a prefecture-sized load: N contacts spread over
 * the 13 counties (default 6,500 — 500 per county), then the day's task list for one county,
 * a page of the contacts list with a filter, a name search, and (for a prefecture official)
 * the task service across all counties. Prints the median and p90 of repeated runs.
 *
 *   npx tsx scripts/bench/registry.ts [contacts=6500] [runs=15]
 * Uses DATABASE_URL when set (a scratch schema is created and dropped), else an in-memory
 * embedded PostgreSQL.
 */
import { performance } from "node:perf_hooks";
import { startEmbeddedPostgres } from "../embedded-postgres";
import { createTestDatabase } from "../../tests/integration/test-database";

const total = Number(process.argv[2] ?? 6500);
const runs = Number(process.argv[3] ?? 15);

function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return `median ${at(0.5).toFixed(1)} ms, p90 ${at(0.9).toFixed(1)} ms (n=${s.length})`;
}

async function time(label: string, fn: () => Promise<unknown>) {
  await fn(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  console.log(`${label.padEnd(44)} ${stats(samples)}`);
}

async function main() {
  const embedded = process.env.DATABASE_URL ? undefined : await startEmbeddedPostgres({});
  const baseUrl = process.env.DATABASE_URL ?? embedded!.url;
  const testDb = await createTestDatabase(baseUrl);
  process.env.DATABASE_URL = baseUrl;
  process.env.BCRYPT_COST = "4";
  (globalThis as { tracerPrisma?: unknown }).tracerPrisma = testDb.prisma;
  try {
    const { prisma } = await import("@/lib/db");
    const { seedReferenceData, ABA_COUNTIES } = await import("@/lib/seed/reference-data");
    const { registerCase } = await import("@/lib/cases/register-case");
    const { registerContacts } = await import("@/lib/contacts/register-contacts");
    const { getTasks } = await import("@/lib/tasks/get-tasks");
    const { listContacts } = await import("@/lib/contacts/list-contacts");
    const { demoPerson } = await import("@/lib/seed/demo-people");
    const { addDays } = await import("@/lib/isolation/dates");
    const db = prisma();
    await seedReferenceData(db);
    const now = new Date("2026-11-29T04:00:00Z");
    const today = "2026-11-29";
    const staffOf = (countyCode: string) => ({ id: "00000000-0000-4000-8000-000000000001", username: "bench", displayName: "bench", role: "COUNTY_STAFF" as const, countyCode });
    const official = { id: "00000000-0000-4000-8000-000000000002", username: "official", displayName: "o", role: "PREFECTURE_OFFICIAL" as const, countyCode: null };

    const t0 = performance.now();
    const perCounty = Math.ceil(total / ABA_COUNTIES.length);
    let n = 0;
    for (const county of ABA_COUNTIES) {
      const user = staffOf(county.code);
      for (let made = 0; made < perCounty; made += 100) {
        const c = await registerCase(user, { ...demoPerson(county.code, n++), countyCode: county.code, classification: "CONFIRMED", confirmedDate: addDays(today, -5) }, { now });
        const rows = Array.from({ length: Math.min(100, perCounty - made) }, (_, i) => ({
          ...demoPerson(county.code, n++),
          idNumber: undefined,
          phone: `1${String(3000000000 + n).padStart(10, "0")}`,
          category: i % 4 === 3 ? "GENERAL" : "CLOSE",
          lastExposureDate: addDays(today, -(i % 22)),
          identifiedDate: addDays(today, -(i % 22) + (i % 22 ? 1 : 0)),
        }));
        await registerContacts(user, c.id, { contacts: rows }, { now });
      }
    }
    const contacts = await db.contact.count();
    const tests = await db.scheduledTest.count();
    console.log(`generated ${contacts} contacts, ${tests} scheduled tests in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);

    const staff = staffOf("513201");
    await time("getTasks (one county, today)", () => getTasks(staff, { date: today }, { now }));
    await time("getTasks (prefecture official, 13 counties)", () => getTasks(official, { date: today }, { now }));
    await time("listContacts page 1, category=CLOSE", () => listContacts(staff, { category: "CLOSE", page: 1 }, { now }));
    await time("listContacts due=today", () => listContacts(staff, { due: "today" }, { now }));
    await time("listContacts search by name", () => listContacts(staff, { q: "王" }, { now }));
  } finally {
    await testDb.drop();
    await embedded?.stop();
  }
}

void main();
