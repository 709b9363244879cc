import { prisma, type Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record";
import type { AuditAction } from "@/lib/audit/actions";
import { LIMITS, RateLimited, giveBack, take } from "@/lib/http/rate-limit";
import { burnPasswordCheck, verifyPassword } from "./password";
import { clearThrottle, reserveAttempt, throttleKey } from "./sign-in-throttle";
import type { SessionUser } from "./user";

export type SignInFailure = "INVALID_CREDENTIALS" | "LOCKED" | "DISABLED" | "MISSING_FIELDS" | "RATE_LIMITED";
export type SignInResult =
  | { ok: true; user: SessionUser; sessionVersion: number }
  | { ok: false; reason: SignInFailure; lockedUntil?: Date; retryAfter?: number };

// Control characters never occur in a username or a password typed in the form, and a NUL
// would make PostgreSQL refuse the lookup.
const UNTYPABLE = /[\u0000-\u001f\u007f]/;
const MAX_FIELD = 200;

/**
 * Checks a username and password (ADR 0005). Every attempt is first counted against the
 * client (rate limit) and against the username from that client (progressive delay); an
 * attempt over either limit is refused as RATE_LIMITED without checking the password. A wrong
 * password never locks the account and never touches its live sessions. Whether the account
 * is disabled or locked is told only to someone who gave its right password. Every checked
 * attempt, good or bad, is written to the audit log.
 */
export async function authenticate(
  input: { username: string; password: string; ip?: string | null },
  opts: { db?: Db; now?: Date } = {},
): Promise<SignInResult> {
  const db = opts.db ?? prisma();
  const now = opts.now ?? new Date();
  const username = input.username.trim();
  const ip = input.ip ?? null;
  if (!username || !input.password) return { ok: false, reason: "MISSING_FIELDS" };
  if (UNTYPABLE.test(username) || UNTYPABLE.test(input.password) || username.length > MAX_FIELD || input.password.length > MAX_FIELD) {
    return { ok: false, reason: "INVALID_CREDENTIALS" };
  }

  // The username's delay first: attempts it refuses do not use up the client's allowance.
  const key = throttleKey(username, ip);
  const reservation = await reserveAttempt(key, { db, now });
  if (!reservation.ok) return { ok: false, reason: "RATE_LIMITED", retryAfter: reservation.retryAfterSeconds };
  const byIp = LIMITS.signInByIp();
  const ipKey = ip ?? "unknown";
  try {
    await take(byIp, ipKey);
  } catch (e) {
    if (e instanceof RateLimited) return { ok: false, reason: "RATE_LIMITED", retryAfter: e.retryAfterSeconds };
    throw e;
  }

  const user = await db.user.findUnique({ where: { username } });
  const audit = (action: AuditAction, after: Record<string, unknown>) =>
    recordAudit(db, {
      actor: user ? { id: user.id, username: user.username } : null,
      action,
      entity: "User",
      entityId: user?.id ?? null,
      countyCode: user?.countyCode ?? null,
      after: { username, ...after },
      ip,
    });

  if (!user) {
    await burnPasswordCheck(input.password);
    await audit("auth.sign_in_failed", { reason: "UNKNOWN_USER" });
    return { ok: false, reason: "INVALID_CREDENTIALS" };
  }

  if (!(await verifyPassword(input.password, user.passwordHash))) {
    // One statement, so concurrent failures each count.
    const [row] = await db.$queryRaw<{ failedSignIns: number }[]>`
      UPDATE "User" SET "failedSignIns" = "failedSignIns" + 1 WHERE "id" = ${user.id}::uuid RETURNING "failedSignIns"`;
    await audit("auth.sign_in_failed", { reason: "WRONG_PASSWORD", failedSignIns: row?.failedSignIns ?? null });
    return { ok: false, reason: "INVALID_CREDENTIALS" };
  }

  // The right password: the reserved attempt was no failure.
  await clearThrottle(key, { db });
  await giveBack(byIp, ipKey);
  if (!user.active) {
    await audit("auth.sign_in_failed", { reason: "DISABLED" });
    return { ok: false, reason: "DISABLED" };
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    await audit("auth.sign_in_failed", { reason: "LOCKED" });
    return { ok: false, reason: "LOCKED", lockedUntil: user.lockedUntil };
  }
  await db.user.update({ where: { id: user.id }, data: { failedSignIns: 0, lastSignInAt: now } });
  await audit("auth.sign_in", {});
  return {
    ok: true,
    sessionVersion: user.sessionVersion,
    user: {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      role: user.role,
      countyCode: user.countyCode,
    },
  };
}
