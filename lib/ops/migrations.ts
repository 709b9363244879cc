import fs from "node:fs";
import path from "node:path";

/**
 * The migrations this code was written for: prisma/migrations/<timestamp>_<name>/, read at run
 * time from the working directory (the Docker image copies prisma/ next to the server). The
 * turbopackIgnore comments keep Next.js from tracing the whole project into the build for
 * these calls.
 */
export function expectedMigrations(dir = path.join(process.cwd(), "prisma", "migrations")): string[] {
  return fs
    .readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(/*turbopackIgnore: true*/ path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort();
}

/** A row of Prisma's bookkeeping table, _prisma_migrations. */
export interface AppliedMigration {
  migration_name: string;
  finished_at: Date | string | null;
  rolled_back_at: Date | string | null;
}

export type MigrationState =
  | { status: "applied"; count: number }
  | { status: "pending"; pending: string[] }
  | { status: "failed"; failed: string[] };

/**
 * Compares the expected migrations with the applied ones. A migration that started and
 * neither finished nor was rolled back failed half-way: `prisma migrate deploy` refuses to
 * go on until someone resolves it, so it is told apart from one that is merely pending.
 */
export function compareMigrations(expected: readonly string[], rows: readonly AppliedMigration[]): MigrationState {
  const failed = rows.filter((r) => !r.finished_at && !r.rolled_back_at).map((r) => r.migration_name);
  if (failed.length) return { status: "failed", failed: [...new Set(failed)].sort() };
  const applied = new Set(rows.filter((r) => r.finished_at && !r.rolled_back_at).map((r) => r.migration_name));
  const pending = expected.filter((name) => !applied.has(name));
  return pending.length ? { status: "pending", pending } : { status: "applied", count: expected.length };
}

export const MIGRATIONS_QUERY = `SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations`;

/** PostgreSQL's "undefined_table": no migration was ever applied to this database. */
export function isMissingTable(error: unknown): boolean {
  const e = error as { code?: unknown; meta?: { code?: unknown }; cause?: { code?: unknown }; message?: unknown };
  return e?.code === "42P01" || e?.meta?.code === "42P01" || e?.cause?.code === "42P01" || /_prisma_migrations.*does not exist/.test(String(e?.message ?? ""));
}
