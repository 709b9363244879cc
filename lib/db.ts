import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, Prisma } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

export { Prisma };
/** A client or an open transaction: services take either so use cases compose. */
export type Db = PrismaClient | Prisma.TransactionClient;

export function createPrismaClient(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: 10 }) });
}

const globalForPrisma = globalThis as unknown as { tracerPrisma?: PrismaClient };

/** The process-wide client (kept across hot reloads in development). */
export function prisma(): PrismaClient {
  globalForPrisma.tracerPrisma ??= createPrismaClient(env().DATABASE_URL);
  return globalForPrisma.tracerPrisma;
}
