// DATABASE_READ_URL, proven against a real streaming standby: the read-only services read the
// replica, writes go to the primary, and a service given an explicit client keeps it.
// Needs a PostgreSQL server (DATABASE_URL) and its standby (TRACER_TEST_STANDBY_URL, set up by
// scripts/standby-postgres.sh; .ci/run does both). The proof: with the standby's replay
// paused, a write is visible on the primary and not through the read-only services, until
// replay resumes.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createPrismaClient, prisma, readDb } from "@/lib/db";
import { registerCase } from "@/lib/cases/register-case";
import { listCases } from "@/lib/cases/list-cases";
import { registerContacts } from "@/lib/contacts/register-contacts";
import { listContacts } from "@/lib/contacts/list-contacts";
import { getCountyFigures } from "@/lib/dashboard/county-figures";
import { getTasks } from "@/lib/tasks/get-tasks";
import { at, caseBody, closeRow, seedFixtures, type Users } from "../registry/fixtures";
import { migrationSql } from "../test-database";

const serverUrl = inject("databaseUrl");
const standbyUrl = process.env.TRACER_TEST_STANDBY_URL ?? "";
const now = at("2026-03-08");
const day = { date: "2026-03-08" };
// Today of another day is computed live and read from the replica; the current day's Today is
// kept per county and brought up to date on the primary (docs/decisions/0026-today-cache.md).
const lookBack = { date: "2026-03-07" };

function onDatabase(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** The contact's day-1 test (03-07) is overdue on 03-08. */
const openTests = (t: Awaited<ReturnType<typeof getTasks>>) => t.items.reduce((n, p) => n + p.testsDue.length + p.overdueTests.length, 0);

async function until<T>(what: string, probe: () => Promise<T>, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe.skipIf(!serverUrl || !standbyUrl)("read replica (DATABASE_READ_URL)", () => {
  const name = `tracer_replica_${randomBytes(4).toString("hex")}`;
  const primaryUrl = onDatabase(serverUrl || "postgresql://unset", name);
  const replicaUrl = onDatabase(standbyUrl || "postgresql://unset", name);
  const previous = { prisma: undefined as unknown, readUrl: process.env.DATABASE_READ_URL };
  const globals = globalThis as unknown as { tracerPrisma?: PrismaClient; tracerReadPrisma?: PrismaClient };
  let primary: PrismaClient;
  let u: Users;

  const setReplay = (action: "pause" | "resume") => query(onDatabase(standbyUrl, "postgres"), `SELECT pg_wal_replay_${action}()`);

  beforeAll(async () => {
    await query(serverUrl, `CREATE DATABASE ${name}`);
    const client = new pg.Client({ connectionString: primaryUrl });
    await client.connect();
    for (const sql of migrationSql()) await client.query(sql);
    await client.end();

    primary = createPrismaClient(primaryUrl);
    previous.prisma = globals.tracerPrisma;
    globals.tracerPrisma = primary;
    process.env.DATABASE_READ_URL = replicaUrl;
    u = await seedFixtures();
    await until("the standby to have the new database", async () => (await query<{ n: number }>(replicaUrl, `SELECT count(*)::int AS n FROM "User"`))[0]?.n === 5);
  }, 60_000);

  afterAll(async () => {
    await setReplay("resume").catch(() => undefined);
    await globals.tracerReadPrisma?.$disconnect();
    delete globals.tracerReadPrisma;
    await primary?.$disconnect();
    globals.tracerPrisma = previous.prisma as PrismaClient | undefined;
    process.env.DATABASE_READ_URL = previous.readUrl;
    await query(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });

  it("gives the read-only services the standby and everything else the primary", async () => {
    expect(readDb()).not.toBe(prisma());
    expect(await readDb().$queryRaw<{ standby: boolean }[]>`SELECT pg_is_in_recovery() AS standby`).toEqual([{ standby: true }]);
    expect(await prisma().$queryRaw<{ standby: boolean }[]>`SELECT pg_is_in_recovery() AS standby`).toEqual([{ standby: false }]);
  });

  it("reads the lists, another day's tasks and the dashboard from the replica, today's tasks and writes from the primary", async () => {
    const read = async () => ({
      cases: (await listCases(u.mk)).total,
      contacts: (await listContacts(u.mk, day, { now })).total,
      tasks: openTests(await getTasks(u.mk, lookBack, { now })),
      figures: (await getCountyFigures(u.official, day, { now })).totals.activeContacts.total,
    });
    const readPrimary = async () => ({
      cases: (await listCases(u.mk, {}, { db: primary })).total,
      contacts: (await listContacts(u.mk, day, { now, db: primary })).total,
      tasks: openTests(await getTasks(u.mk, lookBack, { now, db: primary })),
      figures: (await getCountyFigures(u.official, day, { now, db: primary })).totals.activeContacts.total,
    });
    const before = await read();
    expect(before).toEqual(await readPrimary());
    const todayBefore = openTests(await getTasks(u.mk, day, { now }));

    await setReplay("pause");
    await until("replay to pause", async () => (await query<{ state: string }>(onDatabase(standbyUrl, "postgres"), "SELECT pg_get_wal_replay_pause_state() AS state"))[0]?.state === "paused");
    // Writes succeed: they cannot have gone to the standby, which refuses them.
    const registered = await registerCase(u.mk, caseBody({ confirmedDate: "2026-03-07" }), { now });
    await registerContacts(u.mk, registered.id, { contacts: [closeRow({ lastExposureDate: "2026-03-06", identifiedDate: "2026-03-07" })] }, { now });
    expect(await primary.case.count({ where: { id: registered.id } })).toBe(1);

    const onPrimary = await readPrimary();
    expect(onPrimary).toEqual({ cases: before.cases + 1, contacts: before.contacts + 1, tasks: before.tasks + 1, figures: before.figures + 1 });
    // The replica has not replayed the write, and the services read the replica.
    expect(await read()).toEqual(before);
    // The current day's Today is up to date at once: it is kept on the primary.
    expect(openTests(await getTasks(u.mk, day, { now }))).toBe(todayBefore + 1);

    await setReplay("resume");
    await until("the replica to catch up", async () => JSON.stringify(await read()) === JSON.stringify(onPrimary));
    expect(await read()).toEqual(onPrimary);
  }, 60_000);
});
