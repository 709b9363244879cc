import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient, Prisma } from "@/lib/generated/prisma/client";
import { databasePoolSize, env } from "@/lib/env";

export { Prisma };
/** A client or an open transaction: services take either so use cases compose. */
export type Db = PrismaClient | Prisma.TransactionClient;

/**
 * Each client's connection pool, which the client's driver adapter uses and the hot reads send
 * their statements through directly (lib/db-read.ts, docs/decisions/0032-hot-reads-through-pg.md).
 */
const pools = new WeakMap<object, pg.Pool>();

/** The connection pool behind `db` when it is a client made here; a transaction has none. */
export function poolOf(db: Db): pg.Pool | undefined {
  return pools.get(db);
}

/**
 * A client over its own pool of `max` connections. `schema` qualifies the query builder's tables
 * (the tests' schema per file); raw statements follow the connection's search_path.
 */
export function createClient(config: { connectionString: string; max: number; schema?: string }): PrismaClient {
  const pool = new pg.Pool({ connectionString: config.connectionString, max: config.max });
  const client = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true, ...(config.schema ? { schema: config.schema } : {}) }) });
  pools.set(client, pool);
  return client;
}

/** A client with a pool of DATABASE_POOL_SIZE connections (default 10) unless told otherwise. */
export function createPrismaClient(connectionString: string, poolSize: number = databasePoolSize()): PrismaClient {
  return createClient({ connectionString, max: poolSize });
}

const globalForPrisma = globalThis as unknown as { tracerPrisma?: PrismaClient; tracerReadPrisma?: PrismaClient };

/** The process-wide client (kept across hot reloads in development). */
export function prisma(): PrismaClient {
  globalForPrisma.tracerPrisma ??= createPrismaClient(env().DATABASE_URL);
  return globalForPrisma.tracerPrisma;
}

/**
 * The client of the read-only services that may show data a moment old — the dashboard, the
 * case, contact and task lists: DATABASE_READ_URL's replica when set, the primary
 * otherwise. Writes, and reads that decide a write, use prisma() (in the write's
 * transaction). docs/decisions/0006-several-instances.md
 */
export function readDb(): PrismaClient {
  const url = env().DATABASE_READ_URL;
  if (!url) return prisma();
  globalForPrisma.tracerReadPrisma ??= createPrismaClient(url);
  return globalForPrisma.tracerReadPrisma;
}
