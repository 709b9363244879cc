import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient, prisma } from "@/lib/db";
import { expectedMigrations } from "@/lib/ops/migrations";
import { checkReadiness } from "@/lib/ops/readiness";
import { GET as health } from "@/app/api/health/route";
import { GET as ready } from "@/app/api/ready/route";

// The test database got its tables from the migration files directly, without Prisma's
// bookkeeping table; each test below writes that table as `prisma migrate deploy` would.
const names = expectedMigrations();

async function recordMigrations(rows: { name: string; finished: boolean }[]) {
  const db = prisma();
  await db.$executeRawUnsafe(`DROP TABLE IF EXISTS _prisma_migrations`);
  await db.$executeRawUnsafe(`CREATE TABLE _prisma_migrations (
    id VARCHAR(36) PRIMARY KEY NOT NULL, checksum VARCHAR(64) NOT NULL, finished_at TIMESTAMPTZ,
    migration_name VARCHAR(255) NOT NULL, logs TEXT, rolled_back_at TIMESTAMPTZ,
    started_at TIMESTAMPTZ NOT NULL DEFAULT now(), applied_steps_count INTEGER NOT NULL DEFAULT 0)`);
  for (const [i, row] of rows.entries()) {
    await db.$executeRawUnsafe(
      `INSERT INTO _prisma_migrations (id, checksum, migration_name, finished_at, applied_steps_count) VALUES ($1, 'x', $2, ${row.finished ? "now()" : "NULL"}, 1)`,
      `m${i}`,
      row.name,
    );
  }
}

const unreachable = createPrismaClient("postgresql://postgres@127.0.0.1:9/none", 1);
afterAll(() => unreachable.$disconnect());

describe("/api/health", () => {
  it("answers 200 JSON without touching the database", async () => {
    const res = health();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
    expect(res.headers.get("cache-control")).toBe("no-store");
  });
});

describe("/api/ready", () => {
  it("knows the migrations of this code", () => {
    expect(names.length).toBeGreaterThanOrEqual(3);
    expect(names).toEqual([...names].sort());
    expect(names.every((n) => /^\d{14}_[a-z0-9_]+$/.test(n))).toBe(true);
  });

  it("answers 503 migrations_pending when no migration was recorded", async () => {
    await prisma().$executeRawUnsafe(`DROP TABLE IF EXISTS _prisma_migrations`);
    const res = await ready();
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: "not_ready", reason: "migrations_pending", pending: names });
  });

  it("answers 503 naming the migration that is not applied", async () => {
    await recordMigrations(names.slice(0, -1).map((name) => ({ name, finished: true })));
    const res = await ready();
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: "not_ready", reason: "migrations_pending", pending: names.slice(-1) });
  });

  it("answers 503 migrations_failed for a migration that started and never finished", async () => {
    await recordMigrations(names.map((name, i) => ({ name, finished: i !== 1 })));
    const res = await ready();
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: "not_ready", reason: "migrations_failed", failed: [names[1]] });
  });

  it("answers 200 when every migration is applied", async () => {
    await recordMigrations(names.map((name) => ({ name, finished: true })));
    const res = await ready();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ready", migrations: names.length });
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("is not ready when the database does not answer", async () => {
    expect(await checkReadiness({ db: unreachable, timeoutMs: 5_000 })).toEqual({ ready: false, reason: "database_unreachable" });
  });
});
