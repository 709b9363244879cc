import type { User } from "@/lib/generated/prisma/client";

/** An account as administrators see it: never the password hash. */
export function userView(u: User) {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    countyCode: u.countyCode,
    active: u.active,
    lockedUntil: u.lockedUntil,
    mustChangePassword: u.mustChangePassword,
    lastSignInAt: u.lastSignInAt,
  };
}
export type UserView = ReturnType<typeof userView>;
