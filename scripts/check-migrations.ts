/**
 * `npm run db:check-drift`: fails when prisma/schema.prisma and the committed migrations
 * disagree (docs/decisions/0012-migration-drift-check.md).
 *
 * 1. Every prisma/migrations/*\/migration.sql is applied to a fresh schema ("migrations"), and
 *    the SQL Prisma writes for prisma/schema.prisma from nothing (`prisma migrate diff
 *    --from-empty --to-schema-datamodel … --script`) to another ("schema"). Their catalogs are
 *    compared: tables and columns (type, nullability, default), enum values, indexes and
 *    constraints with their definitions. What the schema language cannot say — partial
 *    indexes, triggers, functions — may exist on the migrations side only; anything else that
 *    differs is drift.
 * 2. prisma/migrations/schema.snapshot.prisma, which `npm run db:new-migration` diffs from,
 *    must describe the same database as prisma/schema.prisma (`prisma migrate diff
 *    --exit-code`), or the next migration would be written wrong.
 *
 * `prisma migrate diff --from-migrations --shadow-database-url` would do step 1 in one
 * command, but Prisma refuses a shadow database when the config defines a driver adapter, and
 * its introspection fails on PostgreSQL's catalogs with the JS engine (ADR 0001).
 * Uses DATABASE_URL when set (two scratch schemas, dropped afterwards), else an embedded database.
 */
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { migrationSql } from "../tests/integration/test-database";
import { describeSchema, driftBetween } from "./migration-catalog";

const root = path.resolve(__dirname, "..");
const schemaFile = path.join("prisma", "schema.prisma");
const snapshotFile = path.join("prisma", "migrations", "schema.snapshot.prisma");

async function prismaDiff(args: string[], databaseUrl: string): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await promisify(execFile)("npx", ["prisma", "migrate", "diff", ...args], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: databaseUrl },
      maxBuffer: 16 * 1024 * 1024,
    });
    return { code: 0, stdout };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    if (typeof e.code === "number" && e.code === 2) return { code: 2, stdout: e.stdout ?? "" };
    throw new Error(`prisma migrate diff ${args.join(" ")} failed:\n${e.stderr ?? String(error)}`);
  }
}

async function main() {
  // Asynchronous child processes on purpose: an embedded server lives in this process.
  const embedded = process.env.DATABASE_URL ? undefined : await startEmbeddedPostgres({});
  const databaseUrl = process.env.DATABASE_URL ?? embedded!.url;
  const suffix = randomBytes(4).toString("hex");
  const fromMigrations = `drift_m_${suffix}`;
  const fromSchema = `drift_s_${suffix}`;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const problems: string[] = [];
  try {
    const schemaSql = (await prismaDiff(["--from-empty", "--to-schema-datamodel", schemaFile, "--script"], databaseUrl)).stdout;
    const apply = async (schema: string, scripts: string[]) => {
      await client.query(`CREATE SCHEMA "${schema}"`);
      // public second: extensions (pg_trgm) live there.
      await client.query(`SET search_path TO "${schema}", public`);
      for (const sql of scripts) await client.query(sql.replace(/CREATE SCHEMA IF NOT EXISTS "public";/g, ""));
    };
    await apply(fromMigrations, migrationSql());
    await apply(fromSchema, [schemaSql]);
    const made = await describeSchema(client, fromMigrations);
    const said = await describeSchema(client, fromSchema);
    const { drift, allowed } = driftBetween(made, said);
    problems.push(...drift);
    if (!drift.length) {
      console.log(`The migrations make what prisma/schema.prisma says: ${said.tables} tables; ${said.items.size} columns, enums, indexes and constraints compared.`);
      if (allowed.length) console.log(`Only in the migrations, as the schema language cannot say them (allowed):\n  ${allowed.join("\n  ")}`);
    }

    const snapshot = await prismaDiff(["--from-schema-datamodel", snapshotFile, "--to-schema-datamodel", schemaFile, "--script", "--exit-code"], databaseUrl);
    if (snapshot.code === 2) {
      problems.push(`${snapshotFile} differs from ${schemaFile} (run npm run db:new-migration, or copy the schema to the snapshot if a migration already covers it):\n${snapshot.stdout.trim()}`);
    } else {
      console.log(`${snapshotFile} matches ${schemaFile}.`);
    }
  } finally {
    await client.query(`RESET search_path`).catch(() => undefined);
    for (const schema of [fromMigrations, fromSchema]) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`).catch(() => undefined);
    await client.end();
    await embedded?.stop();
  }
  if (problems.length) {
    console.error(`\nMigration drift: prisma/schema.prisma and prisma/migrations disagree.\n  ${problems.join("\n  ")}`);
    console.error("\nWrite the migration with `npm run db:new-migration -- <name>` (docs/decisions/0001-offline-prisma.md).");
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
