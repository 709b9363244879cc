// `npm run setup` (scripts/setup.ts) on a fresh database, twice at once as two replicas or two
// deploy jobs would: one migrates and seeds while the other waits on the advisory lock, then
// finds nothing left to do. Needs a PostgreSQL server (DATABASE_URL): the embedded database
// is one session, where advisory locks do not exclude anyone.
import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, inject, it, vi } from "vitest";
import { expectedMigrations } from "@/lib/ops/migrations";
import { MIGRATIONS_DONE, PRISMA_CLI, setup } from "../../../scripts/setup";
import { Supervisor } from "../../../scripts/supervisor";

const serverUrl = inject("databaseUrl");

// As `npm run setup` runs it: a guarded child, ended once it says it is done.
const children = new Supervisor(path.resolve(__dirname, "../../.."));
const migrate = (env: NodeJS.ProcessEnv) => children.run("prisma migrate deploy", PRISMA_CLI, ["migrate", "deploy"], env, { finishedWhen: MIGRATIONS_DONE });

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe.skipIf(!serverUrl)("npm run setup", () => {
  const name = `tracer_setup_${randomBytes(4).toString("hex")}`;
  const url = new URL(serverUrl || "postgresql://unset");
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();

  afterAll(async () => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
    await query(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });

  it("runs once when started twice at the same time, and a later run has nothing to migrate", async () => {
    await query(serverUrl, `CREATE DATABASE ${name}`);
    vi.stubEnv("ADMIN_USERNAME", "firstadmin");
    vi.stubEnv("ADMIN_PASSWORD", "a-long-first-password");
    const log = vi.spyOn(console, "log");
    const migrations = vi.fn(migrate);

    const [a, b] = await Promise.all([
      setup(databaseUrl, { demo: false, lock: true, migrate: migrations }),
      setup(databaseUrl, { demo: false, lock: true, migrate: migrations }),
    ]);
    expect([...a, ...b].filter((note) => note.startsWith("Created the first administrator"))).toHaveLength(1);
    expect(log.mock.calls.filter(([line]) => String(line).startsWith("Another setup is running on this database"))).toHaveLength(1);
    // The one that waited found the migrations applied and did not run them again.
    expect(migrations).toHaveBeenCalledTimes(1);

    const applied = await query<{ migration_name: string; finished: boolean }>(
      databaseUrl,
      `SELECT migration_name, finished_at IS NOT NULL AS finished FROM _prisma_migrations ORDER BY migration_name`,
    );
    expect(applied).toEqual(expectedMigrations().map((migration_name) => ({ migration_name, finished: true })));
    expect(await query(databaseUrl, `SELECT username, "mustChangePassword" FROM "User" WHERE role = 'ADMIN'`)).toEqual([
      { username: "firstadmin", mustChangePassword: true },
    ]);
    expect(await query(databaseUrl, `SELECT count(*)::int AS n FROM "Jurisdiction"`)).toEqual([{ n: 14 }]);

    expect(await setup(databaseUrl, { demo: false, lock: true, migrate: migrations })).toEqual([]);
    expect(migrations).toHaveBeenCalledTimes(1);
  }, 120_000);
});
