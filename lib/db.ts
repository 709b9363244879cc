import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, Prisma } from "@/lib/generated/prisma/client";
import { databasePoolSize, env } from "@/lib/env";

export { Prisma };
/** A client or an open transaction: services take either so use cases compose. */
export type Db = PrismaClient | Prisma.TransactionClient;

/** A client with a pool of DATABASE_POOL_SIZE connections (default 10) unless told otherwise. */
export function createPrismaClient(connectionString: string, poolSize: number = databasePoolSize()): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: poolSize }) });
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
