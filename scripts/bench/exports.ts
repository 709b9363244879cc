/**
 * Benchmark of the exports (docs/decisions/0016-exports.md): N contacts seeded set-based over
 * the counties (seed-registry.ts, default 6,500), then the contact list exported as CSV and as
 * XLSX by one county's staff (about N/13 rows) and by a prefecture official (every row,
 * masked), the file read to its end. Prints median and p95 and the rows per file.
 *
 *   npm run bench:exports -- [contacts=6500] [runs=5]
 * Uses DATABASE_URL when set (a scratch schema is created and dropped), else an embedded database.
 */
import { performance } from "node:perf_hooks";
import { createTestDatabase } from "../../tests/integration/test-database";
import { seedRegistry } from "./seed-registry";

const total = Number(process.argv[2] ?? 6500);
const runs = Number(process.argv[3] ?? 5);

function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
  return `median ${at(0.5).toFixed(1).padStart(8)} ms   p95 ${at(0.95).toFixed(1).padStart(8)} ms   (n=${s.length})`;
}

async function main() {
  const testDb = await createTestDatabase(process.env.DATABASE_URL);
  process.env.DATABASE_URL = testDb.url;
  (globalThis as { tracerPrisma?: unknown }).tracerPrisma = testDb.prisma;
  try {
    const { prisma } = await import("@/lib/db");
    const { seedReferenceData } = await import("@/lib/seed/reference-data");
    const { currentPolicy } = await import("@/lib/policy/current-policy");
    const { exportList } = await import("@/lib/exports/export-list");
    const db = prisma();
    await seedReferenceData(db);
    const counties = (await db.jurisdiction.findMany({ where: { level: "COUNTY", active: true }, orderBy: { code: "asc" }, select: { code: true } })).map((c) => c.code);
    const policy = await db.$transaction((tx) => currentPolicy(tx));
    const now = new Date("2026-11-29T04:00:00Z");
    await seedRegistry(testDb.prisma, { counties, total, today: "2026-11-29", policy });
    const staff = { id: "00000000-0000-4000-8000-000000000001", username: "bench", displayName: "bench", role: "COUNTY_STAFF" as const, countyCode: counties[0]! };
    const official = { id: "00000000-0000-4000-8000-000000000002", username: "official", displayName: "o", role: "PREFECTURE_OFFICIAL" as const, countyCode: null };
    console.log(`exports of the contact list (${await db.contact.count()} contacts):`);
    for (const [who, user] of [["one county's staff", staff], ["prefecture official", official]] as const) {
      for (const format of ["csv", "xlsx"] as const) {
        const samples: number[] = [];
        let rows = 0;
        for (let i = -1; i < runs; i++) {
          const t0 = performance.now();
          const file = await exportList(user, "contacts", { format }, "zh-CN", { now });
          const bytes = typeof file.body === "string" ? file.body.length : (await new Response(file.body).arrayBuffer()).byteLength;
          if (i >= 0) samples.push(performance.now() - t0);
          rows = file.rows;
          if (bytes === 0) throw new Error("empty file");
        }
        console.log(`  ${`${who}, ${format}, ${rows} rows`.padEnd(44)} ${stats(samples)}`);
      }
    }
  } finally {
    await testDb.drop();
  }
}

void main();
