// Each integration-test file gets a database of its own (docs/decisions/0003-test-databases.md):
// - with a PostgreSQL server (DATABASE_URL): a fresh schema, made the connection's
//   search_path, so Prisma's model queries and raw SQL both land in it;
// - without one: an embedded PostgreSQL of its own (PGlite is a single session, so files
//   cannot share it through search_path).
import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createClient } from "@/lib/db";
import { startEmbeddedPostgres } from "../../scripts/embedded-postgres";

const migrationsDir = path.resolve(__dirname, "../../prisma/migrations");

export function migrationSql(): string[] {
  return fs
    .readdirSync(migrationsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) =>
      fs
        .readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8")
        // Each test schema stands in for "public"; the migration must not touch the real one.
        .replace(/CREATE SCHEMA IF NOT EXISTS "public";/g, ""),
    );
}

export interface TestDatabase {
  /** The schema the file's tables live in. */
  schema: string;
  /** A connection string whose search_path is that schema (for pg clients of the test). */
  url: string;
  prisma: PrismaClient;
  drop(): Promise<void>;
}

/** The base URL with `search_path` set at connection start (a libpq `options` parameter). */
export function withSearchPath(baseUrl: string, schema: string): string {
  const url = new URL(baseUrl);
  // Extensions (pg_trgm) live in public; the file's own schema comes first.
  url.searchParams.set("options", `-c search_path=${schema},public`);
  return url.toString();
}

async function applyMigrations(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const sql of migrationSql()) await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh database with every committed migration applied, and a client bound to it. */
export async function createTestDatabase(serverUrl: string | undefined): Promise<TestDatabase> {
  if (!serverUrl) {
    const embedded = await startEmbeddedPostgres({});
    await applyMigrations(embedded.url);
    const prisma = createClient({ connectionString: embedded.url, max: 10 });
    return {
      schema: "public",
      url: embedded.url,
      prisma,
      async drop() {
        await prisma.$disconnect();
        await embedded.stop();
      },
    };
  }
  const schema = `t_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE SCHEMA "${schema}"`);
  } finally {
    await admin.end();
  }
  const url = withSearchPath(serverUrl, schema);
  await applyMigrations(url);
  const prisma = createClient({ connectionString: url, max: 10, schema });
  return {
    schema,
    url,
    prisma,
    async drop() {
      await prisma.$disconnect();
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP SCHEMA "${schema}" CASCADE`);
      await c.end();
    },
  };
}
