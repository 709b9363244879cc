import { prisma, type Db } from "@/lib/db";
import type { SessionUser } from "./user";

/**
 * The one per-request account check (docs/decisions/0005-sessions-lockout-rate-limits.md),
 * used by pages, server actions and API routes alike through lib/auth/current-user.ts:
 * the account exists, is active and not locked, a staff account has a county, and the session
 * was issued at the account's current session version — so sign-out, a password change or
 * reset, disabling, or a role or county change ends every older session at once. Role and
 * county always come from the database, never from the token.
 */
export type GateResult =
  | { ok: true; user: SessionUser }
  | { ok: false; reason: "UNAUTHENTICATED" }
  /** Signed in with a password an administrator chose: only the password change is open. */
  | { ok: false; reason: "PASSWORD_CHANGE_REQUIRED"; user: SessionUser };

export interface SessionClaims {
  userId?: string | null;
  sessionVersion?: number | null;
}

const ACCOUNT_FIELDS = {
  id: true,
  username: true,
  displayName: true,
  role: true,
  countyCode: true,
  active: true,
  lockedUntil: true,
  mustChangePassword: true,
  sessionVersion: true,
} as const;

/**
 * The account's state as the gate sees it: may it act at all (null: no), and as whom. Shared by
 * checkSession and loadActiveUser (scripts and seeding), so the rules live here only.
 */
export async function accountState(userId: string, opts: { db?: Db; now?: Date } = {}): Promise<{ user: SessionUser; sessionVersion: number } | null> {
  const db = opts.db ?? prisma();
  const now = opts.now ?? new Date();
  const row = await db.user.findUnique({ where: { id: userId }, select: ACCOUNT_FIELDS });
  if (!row || !row.active) return null;
  if (row.lockedUntil && row.lockedUntil > now) return null;
  if (row.role === "COUNTY_STAFF" && !row.countyCode) return null;
  return {
    sessionVersion: row.sessionVersion,
    user: {
      id: row.id,
      username: row.username,
      displayName: row.displayName,
      role: row.role,
      countyCode: row.countyCode,
      ...(row.mustChangePassword ? { mustChangePassword: true } : {}),
    },
  };
}

export async function checkSession(claims: SessionClaims | null, opts: { db?: Db; now?: Date } = {}): Promise<GateResult> {
  const userId = claims?.userId;
  // A token from before session versions (or a forged one without it) matches no account.
  if (!userId || typeof claims.sessionVersion !== "number") return { ok: false, reason: "UNAUTHENTICATED" };
  const state = await accountState(userId, opts);
  if (!state || state.sessionVersion !== claims.sessionVersion) return { ok: false, reason: "UNAUTHENTICATED" };
  return state.user.mustChangePassword ? { ok: false, reason: "PASSWORD_CHANGE_REQUIRED", user: state.user } : { ok: true, user: state.user };
}

/**
 * Ends every session of the account: the next request of any older token fails the gate.
 * Pass the transaction of the change that requires it.
 */
export async function endSessions(db: Db, userId: string): Promise<number> {
  const row = await db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } }, select: { sessionVersion: true } });
  return row.sessionVersion;
}
