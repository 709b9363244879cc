import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

const migrationsDir = path.resolve(__dirname, "../../prisma/migrations");

function migrationSql(): string[] {
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
  schema: string;
  url: string;
  prisma: PrismaClient;
  drop(): Promise<void>;
}

/** A fresh schema with every committed migration applied, and a client bound to it. */
export async function createTestDatabase(baseUrl: string): Promise<TestDatabase> {
  const schema = `t_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE SCHEMA "${schema}"`);
    await admin.query(`SET search_path TO "${schema}"`);
    for (const sql of migrationSql()) await admin.query(sql);
  } finally {
    await admin.end();
  }
  const prisma = new PrismaClient({
    adapter: new PrismaPg({ connectionString: baseUrl, max: 10 }, { schema }),
  });
  return {
    schema,
    url: baseUrl,
    prisma,
    async drop() {
      await prisma.$disconnect();
      const c = new pg.Client({ connectionString: baseUrl });
      await c.connect();
      await c.query(`DROP SCHEMA "${schema}" CASCADE`);
      await c.end();
    },
  };
}
