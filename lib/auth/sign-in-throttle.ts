import { Prisma, prisma, type Db } from "@/lib/db";

/**
 * Consecutive failed sign-ins per username and client (ADR 0005): the first FREE_ATTEMPTS
 * failures cost nothing, then each further attempt must wait a delay that doubles with every
 * failure (1, 2, 4 … minutes, at most MAX_DELAY_MINUTES). A correct password clears it.
 * The key includes the client's address, so someone elsewhere cannot slow the real user down,
 * and nothing here touches the account or its live sessions.
 *
 * Reserving an attempt is one atomic statement: the row is counted and the next delay set in
 * the same UPDATE, and an attempt inside a delay changes nothing and returns no row — so a burst
 * of concurrent attempts gets exactly FREE_ATTEMPTS tries, never more.
 */
export const FREE_ATTEMPTS = 5;
export const MAX_DELAY_MINUTES = 60;
/** Failures older than this start a fresh count. */
const FORGET_AFTER_HOURS = 24;

export function throttleKey(username: string, ip: string | null): string {
  return `${username.trim().toLowerCase().slice(0, 200)}|${ip ?? "unknown"}`;
}

export type Reservation = { ok: true } | { ok: false; retryAfterSeconds: number };

/** Reserves one attempt: counts it as a failure in advance (cleared on success). */
export async function reserveAttempt(key: string, opts: { db?: Db; now?: Date } = {}): Promise<Reservation> {
  const db = opts.db ?? prisma();
  const now = opts.now ?? new Date();
  const forget = Prisma.raw(`interval '${FORGET_AFTER_HOURS} hours'`);
  const free = Prisma.raw(String(FREE_ATTEMPTS));
  const cap = Prisma.raw(String(MAX_DELAY_MINUTES));
  const rows = await db.$queryRaw<{ failures: number }[]>`
    INSERT INTO "SignInThrottle" ("key", "failures", "nextAllowedAt", "updatedAt")
    VALUES (${key}, 1, ${now}, ${now})
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN "SignInThrottle"."updatedAt" < ${now}::timestamp - ${forget}
                        THEN 1 ELSE "SignInThrottle"."failures" + 1 END,
      "nextAllowedAt" = CASE
        WHEN "SignInThrottle"."updatedAt" < ${now}::timestamp - ${forget} THEN ${now}::timestamp
        WHEN "SignInThrottle"."failures" + 1 < ${free} THEN ${now}::timestamp
        ELSE ${now}::timestamp + make_interval(mins => LEAST(${cap}, power(2, LEAST("SignInThrottle"."failures" + 1 - ${free}, 10))::int))
      END,
      "updatedAt" = ${now}::timestamp
    WHERE "SignInThrottle"."nextAllowedAt" <= ${now}::timestamp
    RETURNING "failures"`;
  if (rows.length) return { ok: true };
  const row = await db.signInThrottle.findUnique({ where: { key }, select: { nextAllowedAt: true } });
  const ms = row ? row.nextAllowedAt.getTime() - now.getTime() : 1000;
  return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(ms / 1000)) };
}

/** A correct password: the reservation was not a failure after all. */
export async function clearThrottle(key: string, opts: { db?: Db } = {}): Promise<void> {
  await (opts.db ?? prisma()).signInThrottle.deleteMany({ where: { key } });
}

/** An administrator lets a user in again: every client's count for the username is dropped. */
export async function clearThrottlesOf(db: Db, username: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key: { startsWith: `${username.trim().toLowerCase()}|` } } });
}

/** Rows not touched for a day are dead weight; removed now and then, off the hot path. */
export async function pruneThrottles(opts: { db?: Db; now?: Date } = {}): Promise<number> {
  const now = opts.now ?? new Date();
  const cutoff = new Date(now.getTime() - FORGET_AFTER_HOURS * 3600_000);
  const { count } = await (opts.db ?? prisma()).signInThrottle.deleteMany({ where: { updatedAt: { lt: cutoff }, nextAllowedAt: { lt: now } } });
  return count;
}
