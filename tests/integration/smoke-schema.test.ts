import { describe, expect, inject, it } from "vitest";
import pg from "pg";
import { prisma } from "@/lib/db";
import type { TestDatabase } from "./test-database";

const testDb = (globalThis as unknown as { tracerTestDb: TestDatabase }).tracerTestDb;

describe("test database", () => {
  it("is this file's own, with migrations applied, for model queries and raw SQL alike", async () => {
    const db = prisma();
    await db.jurisdiction.create({ data: { code: "513200", nameZh: "阿坝州", nameEn: "Aba", level: "PREFECTURE" } });
    expect(await db.jurisdiction.count()).toBe(1);
    const rows = await db.$queryRaw<{ s: string; n: bigint }[]>`SELECT current_schema() AS s, count(*) AS n FROM "Jurisdiction"`;
    // On a server: this file's own schema, never the shared public one; embedded: a whole
    // database of its own, so its public schema.
    expect(rows[0]?.s).toBe(testDb.schema);
    if (inject("databaseUrl")) expect(testDb.schema).toMatch(/^t_[0-9a-f]{12}$/);
    expect(Number(rows[0]?.n)).toBe(1);
  });

  it("gives a plain pg client the same database through its URL", async () => {
    const client = new pg.Client({ connectionString: testDb.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Jurisdiction"`);
      expect(Number(rows[0]?.n)).toBe(1);
    } finally {
      await client.end();
    }
  });

  it("refuses to update or delete audit events", async () => {
    const db = prisma();
    const ev = await db.auditEvent.create({ data: { action: "x", entity: "y" } });
    await expect(db.auditEvent.update({ where: { id: ev.id }, data: { action: "z" } })).rejects.toThrow(/append-only/);
    await expect(db.auditEvent.delete({ where: { id: ev.id } })).rejects.toThrow(/append-only/);
  });

  it("keeps Person's GIN indexes without a pending list (ADR 0025, measured again)", async () => {
    const rows = await prisma().$queryRaw<{ name: string; options: string[] | null }[]>`
      SELECT c.relname AS name, c.reloptions AS options FROM pg_class c JOIN pg_am a ON a.oid = c.relam
      WHERE a.amname = 'gin' AND c.relnamespace = current_schema()::regnamespace ORDER BY 1`;
    expect(rows.map((r) => r.name)).toEqual(["Person_idNumber_trgm", "Person_nameGrams_gin", "Person_name_trgm", "Person_phone_trgm"]);
    for (const r of rows) expect(r.options, r.name).toContain("fastupdate=off");
  });
});
