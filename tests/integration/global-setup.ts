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
export default function setup(project: TestProject) {
  const url = process.env.DATABASE_URL ?? "";
  console.log(
    url
      ? `[integration] using PostgreSQL at ${url.replace(/\/\/[^@]*@/, "//***@")}, a schema per test file`
      : "[integration] no DATABASE_URL: an embedded PostgreSQL per test file",
  );
  project.provide("databaseUrl", url);
}
