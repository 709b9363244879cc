import { prisma, type Db, type Prisma } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { todayOf } from "@/lib/calendar";

export interface ServiceOptions {
  /** A client or an open transaction to compose with. */
  db?: Db;
  /** The clock, injectable for tests. */
  now?: Date;
}

// Bulk registrations on the embedded database can take longer than Prisma's 5 s default.
const TX_OPTIONS = { maxWait: 10_000, timeout: 60_000 } as const;

function isClient(db: Db): db is PrismaClient {
  return "$transaction" in db && typeof (db as PrismaClient).$transaction === "function";
}

/** Runs `fn` in the given transaction, or in a new one on the given (or default) client. */
export async function inTransaction<T>(
  opts: ServiceOptions | undefined,
  fn: (tx: Prisma.TransactionClient) => Promise<T>,
  /** A longer limit for a use case known to be large (a 10,000-row import). */
  timeoutMs: number = TX_OPTIONS.timeout,
): Promise<T> {
  const db = opts?.db ?? prisma();
  if (!isClient(db)) return fn(db);
  return db.$transaction(fn, { ...TX_OPTIONS, timeout: timeoutMs });
}

export function todayFor(opts: ServiceOptions | undefined): string {
  return todayOf(opts?.now ?? new Date());
}

export function dbFor(opts: ServiceOptions | undefined): Db {
  return opts?.db ?? prisma();
}
