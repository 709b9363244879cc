import { prisma, type Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record";
import { burnPasswordCheck, verifyPassword } from "./password";
import type { SessionUser } from "./user";

export const MAX_FAILED_SIGN_INS = 5;
export const LOCKOUT_MINUTES = 15;

export type SignInFailure = "INVALID_CREDENTIALS" | "LOCKED" | "DISABLED" | "MISSING_FIELDS";
export type SignInResult =
  | { ok: true; user: SessionUser }
  | { ok: false; reason: SignInFailure; lockedUntil?: Date };

/**
 * Checks a username and password. Five failures in a row lock the account for 15 minutes;
 * every attempt, good or bad, is written to the audit log.
 */
export async function authenticate(
  input: { username: string; password: string; ip?: string | null },
  opts: { db?: Db; now?: Date } = {},
): Promise<SignInResult> {
  const db = opts.db ?? prisma();
  const now = opts.now ?? new Date();
  const username = input.username.trim();
  if (!username || !input.password) return { ok: false, reason: "MISSING_FIELDS" };

  const user = await db.user.findUnique({ where: { username } });
  const audit = (action: string, after: Record<string, unknown>) =>
    recordAudit(db, {
      actor: user ? { id: user.id, username: user.username } : null,
      action,
      entity: "User",
      entityId: user?.id ?? null,
      countyCode: user?.countyCode ?? null,
      after: { username, ...after },
      ip: input.ip ?? null,
    });

  if (!user) {
    await burnPasswordCheck(input.password);
    await audit("auth.sign_in_failed", { reason: "UNKNOWN_USER" });
    return { ok: false, reason: "INVALID_CREDENTIALS" };
  }
  if (!user.active) {
    await audit("auth.sign_in_failed", { reason: "DISABLED" });
    return { ok: false, reason: "DISABLED" };
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    await audit("auth.sign_in_failed", { reason: "LOCKED" });
    return { ok: false, reason: "LOCKED", lockedUntil: user.lockedUntil };
  }

  if (!(await verifyPassword(input.password, user.passwordHash))) {
    // A lock that has expired starts a fresh count.
    const previous = user.lockedUntil && user.lockedUntil <= now ? 0 : user.failedSignIns;
    const failed = previous + 1;
    const lockedUntil =
      failed >= MAX_FAILED_SIGN_INS ? new Date(now.getTime() + LOCKOUT_MINUTES * 60_000) : null;
    await db.user.update({
      where: { id: user.id },
      data: { failedSignIns: lockedUntil ? 0 : failed, lockedUntil },
    });
    await audit(lockedUntil ? "auth.locked" : "auth.sign_in_failed", {
      reason: "WRONG_PASSWORD",
      failedSignIns: failed,
      lockedUntil,
    });
    return lockedUntil
      ? { ok: false, reason: "LOCKED", lockedUntil }
      : { ok: false, reason: "INVALID_CREDENTIALS" };
  }

  await db.user.update({
    where: { id: user.id },
    data: { failedSignIns: 0, lockedUntil: null, lastSignInAt: now },
  });
  await audit("auth.signed_in", {});
  return {
    ok: true,
    user: {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      role: user.role,
      countyCode: user.countyCode,
    },
  };
}
