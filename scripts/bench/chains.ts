/**
 * Benchmark of the transmission chains (docs/decisions/0020-transmission-chains.md): C clusters
 * in 马尔康市, each a case with 10 close contacts and 4 secondary contacts under each (51
 * nodes), seeded in SQL; then a county's chains for an official and for county staff, and a
 * case's chain, each beside the two recursive queries alone (the SQL's share), with the answer's
 * size. 10 clusters ≈ 510 nodes, 20 ≈ 1020 (beyond the 1000-node limit: whole clusters kept).
 *
 *   npm run bench:chains -- [clusters=10] [runs=15]
 * Uses DATABASE_URL when set (a scratch schema is created and dropped), else an embedded one.
 */
import { performance } from "node:perf_hooks";
import { createTestDatabase } from "../../tests/integration/test-database";

const clusters = Number(process.argv[2] ?? 10);
const runs = Number(process.argv[3] ?? 15);

function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
  return { median: at(0.5), p95: at(0.95) };
}

async function time(fn: () => Promise<unknown>) {
  await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return stats(samples);
}

async function main() {
  const testDb = await createTestDatabase(process.env.DATABASE_URL);
  process.env.DATABASE_URL = testDb.url;
  (globalThis as { tracerPrisma?: unknown }).tracerPrisma = testDb.prisma;
  try {
    const { prisma } = await import("@/lib/db");
    const { seedReferenceData } = await import("@/lib/seed/reference-data");
    const { getCountyChains, getCaseChain } = await import("@/lib/chains/get-chains");
    const { rootCases, walkDown } = await import("@/lib/chains/chain-query");
    const db = prisma();
    await seedReferenceData(db);
    await db.$executeRawUnsafe(`
      WITH p AS (
        INSERT INTO "Person" ("id", "countyCode", "name", "updatedAt")
        SELECT gen_random_uuid(), '513201', '链' || g, now() FROM generate_series(1, ${clusters * 51}) g RETURNING "id"
      ) SELECT count(*) FROM p`);
    await db.$executeRawUnsafe(`
      WITH people AS (SELECT "id", row_number() OVER (ORDER BY "id") - 1 AS n FROM "Person"),
      cases AS (
        INSERT INTO "Case" ("id", "personId", "countyCode", "classification", "confirmedDate", "updatedAt")
        SELECT gen_random_uuid(), "id", '513201', 'CONFIRMED', current_date - (n % 20)::int, now() FROM people WHERE n < ${clusters} RETURNING "id", "confirmedDate"
      ),
      numbered AS (SELECT "id", "confirmedDate", row_number() OVER (ORDER BY "id") - 1 AS c FROM cases),
      close AS (
        INSERT INTO "Contact" ("id", "personId", "category", "sourceCaseId", "countyCode", "lastExposureDate", "identifiedDate", "updatedAt")
        SELECT gen_random_uuid(), p."id", 'CLOSE', k."id", '513201', k."confirmedDate", k."confirmedDate" + 1, now()
        FROM numbered k JOIN people p ON p.n >= ${clusters} + k.c * 10 AND p.n < ${clusters} + (k.c + 1) * 10
        RETURNING "id", "identifiedDate"
      ),
      closeNumbered AS (SELECT "id", "identifiedDate", row_number() OVER (ORDER BY "id") - 1 AS c FROM close)
      INSERT INTO "Contact" ("id", "personId", "category", "sourceContactId", "countyCode", "lastExposureDate", "identifiedDate", "updatedAt")
      SELECT gen_random_uuid(), p."id", 'SECONDARY', k."id", '513201', k."identifiedDate", k."identifiedDate" + 1, now()
      FROM closeNumbered k JOIN people p ON p.n >= ${clusters * 11} + k.c * 4 AND p.n < ${clusters * 11} + (k.c + 1) * 4`);
    await db.$executeRawUnsafe(`ANALYZE`);
    const official = { id: "00000000-0000-4000-8000-000000000001", username: "bench", displayName: "bench", role: "PREFECTURE_OFFICIAL" as const, countyCode: null };
    const staff = { ...official, role: "COUNTY_STAFF" as const, countyCode: "513201" };
    const range = { countyCode: "513201", from: new Date(Date.now() - 30 * 864e5).toISOString().slice(0, 10) };
    const sample = await getCountyChains(official, range);
    const oneCase = sample.graph.clusters[0]!.id;
    const starts = (await db.case.findMany({ select: { id: true } })).map((c) => c.id);
    console.log(`bench chains: ${clusters} clusters, ${sample.graph.totalNodes} nodes (${sample.graph.nodes.length} drawn, truncated ${sample.graph.truncated}), ${runs} runs`);
    const rows: [string, () => Promise<unknown>, number][] = [
      ["county chains, official (service)", () => getCountyChains(official, range), JSON.stringify(sample).length],
      ["county chains, staff (service)", () => getCountyChains(staff, range), JSON.stringify(await getCountyChains(staff, range)).length],
      ["county chains: the two recursive queries only", async () => walkDown(db, await rootCases(db, starts, null), null, false), 0],
      ["case chain, staff (service, one cluster)", () => getCaseChain(staff, oneCase), JSON.stringify(await getCaseChain(staff, oneCase)).length],
    ];
    for (const [label, fn, bytes] of rows) {
      const s = await time(fn);
      console.log(`  ${label.padEnd(48)} median ${s.median.toFixed(1).padStart(7)} ms   p95 ${s.p95.toFixed(1).padStart(7)} ms${bytes ? `   ${(bytes / 1024).toFixed(0)} KiB` : ""}`);
    }
  } finally {
    await testDb.drop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
