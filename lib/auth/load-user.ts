import type { Db } from "@/lib/db";
import { accountState } from "./gate";
import type { SessionUser } from "./user";

/**
 * The account as a user that may act (active, not locked, staff with a county), or null — for
 * scripts and seeding, which act as an account without a session. Requests go through the
 * session gate, lib/auth/gate.ts, which applies the same rules plus the session's own.
 */
export async function loadActiveUser(userId: string, opts: { db?: Db; now?: Date } = {}): Promise<SessionUser | null> {
  return (await accountState(userId, opts))?.user ?? null;
}
