import { prisma, type Db } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/user";

/** Accounts for the administrators' list; never exposes password hashes. */
export async function listUsers(user: SessionUser, db: Db = prisma()) {
  assertCan(user, "user:manage");
  return db.user.findMany({
    orderBy: [{ role: "asc" }, { username: "asc" }],
    select: {
      id: true,
      username: true,
      displayName: true,
      role: true,
      countyCode: true,
      county: { select: { nameZh: true, nameEn: true } },
      active: true,
      lockedUntil: true,
      lastSignInAt: true,
    },
  });
}
