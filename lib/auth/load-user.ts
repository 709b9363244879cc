import { prisma, type Db } from "@/lib/db";
import type { SessionUser } from "./user";

/**
 * Re-reads the account behind a session on every request, so that disabling, locking or
 * re-assigning it takes effect on the user's next request. Null when it may not act.
 */
export async function loadActiveUser(
  userId: string,
  opts: { db?: Db; now?: Date } = {},
): Promise<SessionUser | null> {
  const db = opts.db ?? prisma();
  const now = opts.now ?? new Date();
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, username: true, displayName: true, role: true, countyCode: true, active: true, lockedUntil: true, mustChangePassword: true },
  });
  if (!user || !user.active) return null;
  if (user.lockedUntil && user.lockedUntil > now) return null;
  if (user.role === "COUNTY_STAFF" && !user.countyCode) return null;
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    countyCode: user.countyCode,
    ...(user.mustChangePassword ? { mustChangePassword: true } : {}),
  };
}
