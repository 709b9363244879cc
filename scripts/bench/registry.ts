/**
 * Benchmark of the registry's services with a prefecture-sized load: N contacts spread over the
 * counties of the reference data (default 6,500 — 500 per county), seeded set-based
 * (seed-registry.ts), then the day's task list for one county and for a prefecture official, a
 * page of the contacts list with a filter, the tests due, a name search, and a registration of
 * 20 contacts through the service. Prints progress while seeding, then the median and p95 of
 * repeated runs of each service call (a third as many runs for the registration).
 *
 *   npm run bench -- [contacts=6500] [runs=15]
 * Uses DATABASE_URL when set (a scratch schema is created and dropped), else an in-memory
 * embedded PostgreSQL.
 */
import { performance } from "node:perf_hooks";
import { createTestDatabase } from "../../tests/integration/test-database";
import { seedRegistry } from "./seed-registry";

const total = Number(process.argv[2] ?? 6500);
const runs = Number(process.argv[3] ?? 15);

function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
  return `median ${at(0.5).toFixed(1).padStart(7)} ms   p95 ${at(0.95).toFixed(1).padStart(7)} ms   (n=${s.length})`;
}

async function time(label: string, fn: (i: number) => Promise<unknown>, n = runs) {
  await fn(-1); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn(i);
    samples.push(performance.now() - t0);
  }
  console.log(`  ${label.padEnd(46)} ${stats(samples)}`);
}

async function main() {
  const started = performance.now();
  console.log(`bench: ${total} contacts, ${runs} runs per measurement, on ${process.env.DATABASE_URL ? "DATABASE_URL" : "an embedded database"}`);
  const testDb = await createTestDatabase(process.env.DATABASE_URL);
  process.env.DATABASE_URL = testDb.url;
  process.env.BCRYPT_COST = "4";
  (globalThis as { tracerPrisma?: unknown }).tracerPrisma = testDb.prisma;
  console.log(`  database ready (migrations applied) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  try {
    const { prisma } = await import("@/lib/db");
    const { seedReferenceData } = await import("@/lib/seed/reference-data");
    const { currentPolicy } = await import("@/lib/policy/current-policy");
    const { registerContacts } = await import("@/lib/contacts/register-contacts");
    const { getTasks } = await import("@/lib/tasks/get-tasks");
    const { listContacts } = await import("@/lib/contacts/list-contacts");
    const { addDays } = await import("@/lib/isolation/dates");
    const db = prisma();
    await seedReferenceData(db);
    const counties = (await db.jurisdiction.findMany({ where: { level: "COUNTY", active: true }, orderBy: { code: "asc" }, select: { code: true } })).map((c) => c.code);
    const policy = await db.$transaction((tx) => currentPolicy(tx));
    const now = new Date("2026-11-29T04:00:00Z");
    const today = "2026-11-29";
    await seedRegistry(testDb.prisma, { counties, total, today, policy });

    const staffOf = (countyCode: string) => ({ id: "00000000-0000-4000-8000-000000000001", username: "bench", displayName: "bench", role: "COUNTY_STAFF" as const, countyCode });
    const official = { id: "00000000-0000-4000-8000-000000000002", username: "official", displayName: "o", role: "PREFECTURE_OFFICIAL" as const, countyCode: null };
    const staff = staffOf(counties[0]!);
    const sourceCase = await db.case.findFirstOrThrow({ where: { countyCode: staff.countyCode }, select: { id: true } });

    console.log(`measuring the services (${await db.contact.count()} contacts, ${await db.scheduledTest.count()} scheduled tests):`);
    await time("getTasks (one county, today)", () => getTasks(staff, { date: today }, { now }));
    await time(`getTasks (prefecture official, ${counties.length} counties)`, () => getTasks(official, { date: today }, { now }));
    await time("listContacts page 1, category=CLOSE", () => listContacts(staff, { category: "CLOSE", page: 1 }, { now }));
    await time("listContacts due=today", () => listContacts(staff, { due: "today" }, { now }));
    await time("listContacts search by name", () => listContacts(staff, { q: "王" }, { now }));
    await time("registerContacts (20 new people)", (run) =>
      registerContacts(
        staff,
        sourceCase.id,
        {
          contacts: Array.from({ length: 20 }, (_, i) => ({
            name: `新登记${run + 1}-${i}`,
            phone: `15${String((run + 2) * 1000 + i).padStart(9, "0")}`,
            category: "CLOSE",
            lastExposureDate: addDays(today, -2),
            identifiedDate: addDays(today, -1),
          })),
        },
        { now },
      ),
      // Writes are slower and each run adds people; a third of the runs says enough.
      Math.max(5, Math.ceil(runs / 3)),
    );
  } finally {
    await testDb.drop();
  }
  console.log(`\nbench finished in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

void main();
