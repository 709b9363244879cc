/**
 * Benchmark of a 10,000-row contacts import (issue 11): the upload's read and preview
 * (stageImport: streaming XLSX read, every row through the registration schema, matches),
 * a re-check of the preview (previewImport) and the commit (commitImport: one transaction through
 * the set-based batch registration). Each run imports a fresh file of new people under one case.
 * Prints the median and p95 of each; the targets are preview < 5 s and commit < 30 s.
 *
 *   npm run bench:import -- [rows=10000] [runs=3]
 * Uses DATABASE_URL when set (a scratch schema is created and dropped), else an in-memory
 * embedded PostgreSQL.
 */
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import { createTestDatabase } from "../../tests/integration/test-database";

const rows = Number(process.argv[2] ?? 10_000);
const runs = Number(process.argv[3] ?? 3);

function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
  return `median ${(at(0.5) / 1000).toFixed(2).padStart(6)} s   p95 ${(at(0.95) / 1000).toFixed(2).padStart(6)} s   (n=${s.length})`;
}

async function main() {
  console.log(`bench:import: ${rows} rows, ${runs} runs, on ${process.env.DATABASE_URL ? "DATABASE_URL" : "an embedded database"}`);
  const testDb = await createTestDatabase(process.env.DATABASE_URL);
  process.env.DATABASE_URL = testDb.url;
  (globalThis as { tracerPrisma?: unknown }).tracerPrisma = testDb.prisma;
  try {
    const { prisma } = await import("@/lib/db");
    const { seedReferenceData } = await import("@/lib/seed/reference-data");
    const { registerCase } = await import("@/lib/cases/register-case");
    const { stageImport } = await import("@/lib/imports/stage-import");
    const { previewImport } = await import("@/lib/imports/preview-import");
    const { commitImport } = await import("@/lib/imports/commit-import");
    const { idCardCheckChar } = await import("@/lib/validation/id-card");
    const db = prisma();
    await seedReferenceData(db);
    const account = await db.user.create({ data: { username: "bench", displayName: "bench", passwordHash: "x", role: "COUNTY_STAFF", countyCode: "513201" } });
    const staff = { id: account.id, username: "bench", displayName: "bench", role: "COUNTY_STAFF" as const, countyCode: "513201" };
    const now = new Date("2026-11-29T04:00:00Z");
    const source = await registerCase(staff, { name: "基准源", sex: "MALE", countyCode: "513201", classification: "CONFIRMED", confirmedDate: "2026-11-27" }, { now });

    const file = async (run: number) => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet("接触者");
      ws.addRow(["姓名", "性别", "证件号码", "联系电话", "接触者类别", "末次暴露日期", "判定日期", "暴露场所"]);
      for (let i = 0; i < rows; i++) {
        // A distinct resident ID per row and run: birth date from the run and row, sequence from the row.
        const birth = new Date(Date.UTC(1940 + run, 0, 1) + Math.floor(i / 1000) * 86_400_000).toISOString().slice(0, 10).replace(/-/g, "");
        const first17 = `513201${birth}${String(i % 1000).padStart(3, "0")}`;
        ws.addRow([`基准${run}-${i}`, i % 2 ? "男" : "女", first17 + idCardCheckChar(first17), `139${String(run * rows + i).padStart(8, "0")}`, i % 5 ? "密接" : "一般接触者", "2026/11/27", 20261128, "家庭"]);
      }
      return Buffer.from(await wb.xlsx.writeBuffer());
    };

    const stage: number[] = [];
    const recheck: number[] = [];
    const commit: number[] = [];
    for (let run = 0; run < runs; run++) {
      const bytes = await file(run);
      let t0 = performance.now();
      const preview = await stageImport(staff, { kind: "CONTACTS", caseId: source.id, fileName: "bench.xlsx" }, bytes, { now });
      stage.push(performance.now() - t0);
      if (preview.counts.OK !== rows) throw new Error(`expected ${rows} valid rows, got ${JSON.stringify(preview.counts)}`);
      t0 = performance.now();
      await previewImport(staff, preview.id, {}, { now });
      recheck.push(performance.now() - t0);
      t0 = performance.now();
      const done = await commitImport(staff, preview.id, {}, { now });
      commit.push(performance.now() - t0);
      if (done.imported !== rows) throw new Error(`imported ${done.imported}`);
      console.log(`  run ${run + 1}: read+preview ${(stage.at(-1)! / 1000).toFixed(2)} s, re-check ${(recheck.at(-1)! / 1000).toFixed(2)} s, commit ${(commit.at(-1)! / 1000).toFixed(2)} s (${(bytes.length / 1024 / 1024).toFixed(1)} MB)`);
    }
    console.log(`  upload read + preview (${rows} rows)`.padEnd(44), stats(stage));
    console.log(`  preview re-check`.padEnd(44), stats(recheck));
    console.log(`  commit (one transaction)`.padEnd(44), stats(commit));
    console.log(`  contacts registered: ${await db.contact.count()}`);
  } finally {
    await testDb.drop();
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
