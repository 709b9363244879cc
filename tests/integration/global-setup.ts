import pg from "pg";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** DATABASE_URL's server, or "" for an embedded database per test file. */
    databaseUrl: string;
  }
}

/**
 * Integration tests run against a real PostgreSQL: DATABASE_URL's server when given (each
 * file in a fresh schema of its own), otherwise an embedded one that each file starts for
 * itself, so `npm test` needs no server on the machine (tests/integration/test-database.ts).
 */
export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL ?? "";
  // Once, before the files apply migrations in parallel: concurrent CREATE EXTENSION of the
  // same extension can fail on pg_extension's unique name.
  if (url) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query("CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public");
    } finally {
      await client.end();
    }
  }
  console.log(
    url
      ? `[integration] using PostgreSQL at ${url.replace(/\/\/[^@]*@/, "//***@")}, a schema per test file`
      : "[integration] no DATABASE_URL: an embedded PostgreSQL per test file",
  );
  project.provide("databaseUrl", url);
}
