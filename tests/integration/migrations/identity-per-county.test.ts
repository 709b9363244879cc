// The migration to per-county person records (docs/decisions/0004-identity-model.md) on data
// written under the old model: a person shared by two counties becomes one record per county,
// and duplicate running plans or open cases of one person are merged, not lost.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import type { TestDatabase } from "../test-database";

const testDb = (globalThis as unknown as { tracerTestDb: TestDatabase }).tracerTestDb;
const dir = path.resolve(__dirname, "../../../prisma/migrations");
const sql = (name: string) => fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8").replace(/CREATE SCHEMA IF NOT EXISTS "public";/g, "");
const all = fs.readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const before = all.filter((n) => n < "20261130045416");
const after = all.filter((n) => n >= "20261130045416" && n <= "20261130045417_identity_per_county");

let client: pg.Client;
const schema = `m_${Math.random().toString(16).slice(2, 10)}`;

beforeAll(async () => {
  client = new pg.Client({ connectionString: testDb.url });
  await client.connect();
  await client.query(`CREATE SCHEMA "${schema}"`);
  await client.query(`SET search_path TO "${schema}", public`);
  for (const name of before) await client.query(sql(name));
  await client.query(`
    INSERT INTO "Jurisdiction" VALUES ('513200','州','P','PREFECTURE',NULL),('513201','马','M','COUNTY','513200'),('513221','汶','W','COUNTY','513200');
    INSERT INTO "Person"(id,name,"idNumber",phone,"updatedAt") VALUES
      ('00000000-0000-0000-0000-000000000001','甲','51320119900101001X','1',now()),
      ('00000000-0000-0000-0000-000000000002','乙',NULL,'2',now());
    INSERT INTO "Case"(id,"personId","countyCode",classification,"confirmedDate","updatedAt","createdAt") VALUES
      ('10000000-0000-0000-0000-000000000001','00000000-0000-0000-0000-000000000002','513201','CONFIRMED','2026-01-01',now(),now()-interval '1 hour'),
      ('10000000-0000-0000-0000-000000000002','00000000-0000-0000-0000-000000000002','513201','CONFIRMED','2026-01-02',now(),now());
    INSERT INTO "Contact"(id,"personId",category,"sourceCaseId","countyCode","lastExposureDate","identifiedDate","updatedAt","createdAt") VALUES
      ('20000000-0000-0000-0000-000000000001','00000000-0000-0000-0000-000000000001','CLOSE','10000000-0000-0000-0000-000000000001','513201','2026-01-01','2026-01-02',now(),now()-interval '1 day'),
      ('20000000-0000-0000-0000-000000000002','00000000-0000-0000-0000-000000000001','CLOSE','10000000-0000-0000-0000-000000000001','513221','2026-01-01','2026-01-02',now(),now()),
      ('20000000-0000-0000-0000-000000000003','00000000-0000-0000-0000-000000000001','GENERAL','10000000-0000-0000-0000-000000000002','513201','2026-01-03','2026-01-04',now(),now());
  `);
  for (const name of after) await client.query(sql(name));
});

afterAll(async () => {
  await client.query(`DROP SCHEMA "${schema}" CASCADE`);
  await client.end();
});

describe("migration identity_per_county", () => {
  it("gives each county its own record of a shared person, with the document as its identity", async () => {
    const { rows } = await client.query(`SELECT "countyCode", name, "identityKey" FROM "Person" WHERE name = '甲' ORDER BY "countyCode"`);
    expect(rows).toEqual([
      { countyCode: "513201", name: "甲", identityKey: "RESIDENT_ID:51320119900101001X" },
      { countyCode: "513221", name: "甲", identityKey: "RESIDENT_ID:51320119900101001X" },
    ]);
    const { rows: mismatched } = await client.query(`SELECT c.id FROM "Contact" c JOIN "Person" p ON p.id = c."personId" WHERE p."countyCode" <> c."countyCode"`);
    expect(mismatched).toEqual([]);
  });

  it("merges a person's second running plan and second open case instead of dropping them", async () => {
    const { rows: contacts } = await client.query(`SELECT id, status, "mergedIntoId" FROM "Contact" WHERE "countyCode" = '513201' ORDER BY id`);
    expect(contacts).toEqual([
      { id: "20000000-0000-0000-0000-000000000001", status: "ACTIVE", mergedIntoId: null },
      { id: "20000000-0000-0000-0000-000000000003", status: "MERGED", mergedIntoId: "20000000-0000-0000-0000-000000000001" },
    ]);
    const { rows: cases } = await client.query(`SELECT id, status, "mergedIntoId" FROM "Case" ORDER BY id`);
    expect(cases).toEqual([
      { id: "10000000-0000-0000-0000-000000000001", status: "UNDER_TREATMENT", mergedIntoId: null },
      { id: "10000000-0000-0000-0000-000000000002", status: "MERGED", mergedIntoId: "10000000-0000-0000-0000-000000000001" },
    ]);
  });
});
