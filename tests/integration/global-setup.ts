import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../../scripts/embedded-postgres";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

let embedded: EmbeddedPostgres | undefined;

/**
 * Integration tests run against a real PostgreSQL: DATABASE_URL's server when given,
 * otherwise an embedded one started here, so `npm test` needs no server on the machine.
 * Each test file then works in a fresh schema of its own (tests/integration/setup-file.ts).
 */
export default async function setup(project: TestProject) {
  let url = process.env.DATABASE_URL;
  if (!url) {
    embedded = await startEmbeddedPostgres({});
    url = embedded.url;
    console.log(`[integration] no DATABASE_URL: using embedded PostgreSQL at ${url}`);
  } else {
    console.log(`[integration] using PostgreSQL at ${url.replace(/\/\/[^@]*@/, "//***@")}`);
  }
  project.provide("databaseUrl", url);
  return async () => {
    await embedded?.stop();
  };
}
