/**
 * One-off database setup: migrations, reference data, then the first administrator from
 * ADMIN_USERNAME / ADMIN_PASSWORD (or, with --demo, the demo accounts and data).
 *   DATABASE_URL=… npm run setup [-- --demo]
 * Run it once per release before starting the app instances (which then start with
 * TRACER_SKIP_SETUP=1). Safe to run from several places at once: it holds a PostgreSQL
 * advisory lock for the whole setup (docs/decisions/0006-several-instances.md).
 */
import path from "node:path";
import pg from "pg";
import { compareMigrations, expectedMigrations, isMissingTable, MIGRATIONS_QUERY, type AppliedMigration } from "@/lib/ops/migrations";
import { seed } from "../prisma/seed";
import { Supervisor } from "./supervisor";

/** What `prisma migrate deploy` prints when its work is done (see Supervisor.run). */
export const MIGRATIONS_DONE = /All migrations have been successfully applied|No pending migrations to apply/;

/** pg_advisory_lock(classid, objid) of the setup: "TRCR" and 1. */
export const SETUP_LOCK_KEY = [0x54524352, 1] as const;

const root = path.resolve(__dirname, "..");
export const PRISMA_CLI = path.join(root, "node_modules", "prisma", "build", "index.js");
const MIGRATIONS_DIR = path.join(root, "prisma", "migrations");

/**
 * Holds a session-level advisory lock on `client`'s connection while `fn` runs; another
 * holder makes it wait (and say so once).
 */
export async function withAdvisoryLock<T>(client: pg.Client, key: readonly [number, number], onWait: () => void, fn: () => Promise<T>): Promise<T> {
  const { rows } = await client.query<{ ok: boolean }>("SELECT pg_try_advisory_lock($1, $2) AS ok", [...key]);
  if (!rows[0]?.ok) {
    onWait();
    await client.query("SELECT 1 FROM pg_advisory_lock($1, $2)", [...key]);
  }
  try {
    return await fn();
  } finally {
    await client.query("SELECT pg_advisory_unlock($1, $2)", [...key]).catch(() => undefined);
  }
}

/** True when every migration in prisma/migrations is recorded as applied. */
async function migrationsApplied(client: pg.Client): Promise<boolean> {
  try {
    const { rows } = await client.query<AppliedMigration>(MIGRATIONS_QUERY);
    return compareMigrations(expectedMigrations(MIGRATIONS_DIR), rows).status === "applied";
  } catch (error) {
    if (isMissingTable(error)) return false;
    throw error;
  }
}

export interface SetupOptions {
  /** Demo accounts and data instead of the first administrator (embedded mode, tests). */
  demo: boolean;
  /** Take the advisory lock (a shared server); the embedded database has one user anyway. */
  lock: boolean;
  /** Applies the migrations to DATABASE_URL (a child process the caller controls). */
  migrate: (env: NodeJS.ProcessEnv) => Promise<void>;
}

/** Migrations then seed; returns notes for the console (demo accounts, first administrator). */
export async function setup(databaseUrl: string, opts: SetupOptions): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const work = async () => {
    // `prisma migrate deploy` lingers 10 s after its work (its engine waits out a lock
    // timer), so a restart checks first, and the result is checked rather than its exit.
    if (!(await migrationsApplied(client))) {
      await opts.migrate({ ...process.env, DATABASE_URL: databaseUrl });
      if (!(await migrationsApplied(client))) throw new Error("prisma migrate deploy ended without applying every migration.");
    }
    return seed(databaseUrl, { demo: opts.demo });
  };
  try {
    if (!opts.lock) return await work();
    return await withAdvisoryLock(client, SETUP_LOCK_KEY, () => console.log("Another setup is running on this database; waiting for it…"), work);
  } finally {
    // Ending the session also releases the lock, should unlocking have failed.
    await client.end().catch(() => undefined);
  }
}

async function main() {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.error("Set DATABASE_URL to the PostgreSQL database to set up. (Without one, `npm start` sets up its embedded database itself.)");
    process.exit(2);
  }
  const supervisor = new Supervisor(root);
  supervisor.installHandlers();
  try {
    const notes = await setup(databaseUrl, {
      demo: process.argv.includes("--demo"),
      lock: true,
      migrate: (env) => supervisor.run("prisma migrate deploy", PRISMA_CLI, ["migrate", "deploy"], env, { finishedWhen: MIGRATIONS_DONE }),
    });
    for (const note of notes) console.log(note);
    console.log("Setup done: migrations applied, reference data seeded.");
    process.exit(0);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await supervisor.stop(1);
  }
}

if (process.argv[1]?.endsWith("setup.ts")) void main();
