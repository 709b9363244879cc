import path from "node:path";
import { defineConfig } from "prisma/config";
import { ScriptSafePrismaPg } from "./prisma/script-safe-adapter";

// `prisma generate` (run on install) reads the schema's env("DATABASE_URL") and, when it is
// unset, falls back to downloading a native engine. Generation never connects, so a
// placeholder is enough; commands that do connect get the real URL from the caller.
process.env.DATABASE_URL ??= "postgresql://127.0.0.1:5432/unset";

// Offline recipe (docs/decisions/0001-offline-prisma.md): the JS engine + pg driver adapter, so the CLI never
// downloads a native engine. The datasource url stays in schema.prisma for the same reason.
export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  engine: "js",
  experimental: { adapter: true },
  adapter: async () =>
    new ScriptSafePrismaPg({ connectionString: process.env.DATABASE_URL }),
});
