import { forbidden } from "@/lib/errors";
import type { Role, SessionUser } from "./user";

export const PERMISSIONS = [
  "case:read",
  "case:write",
  "contact:read",
  "contact:write",
  "contact:reclassify",
  "contact:release",
  "test:write",
  "health:write",
  "site:read",
  "site:write",
  /** Names, ID numbers and phones in full; without it, only masked. */
  "personal:full",
  "personal:masked",
  "dashboard:read",
  /** Write, review and publish the daily bulletin (信息发布). */
  "bulletin:manage",
  "user:manage",
  "policy:manage",
  "reference:manage",
  "audit:read",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

/**
 * The one permission table (docs/architecture.md "Access"). `satisfies Record<Role, …>` makes the compiler
 * refuse a role without an entry.
 */
export const PERMISSION_TABLE = {
  COUNTY_STAFF: [
    "case:read",
    "case:write",
    "contact:read",
    "contact:write",
    "contact:reclassify",
    "contact:release",
    "test:write",
    "health:write",
    "site:read",
    "site:write",
    "personal:full",
    "dashboard:read",
  ],
  PREFECTURE_OFFICIAL: ["dashboard:read", "personal:masked", "case:read", "contact:read", "site:read", "bulletin:manage"],
  ADMIN: ["user:manage", "policy:manage", "reference:manage", "audit:read"],
} as const satisfies Record<Role, readonly Permission[]>;

export function can(user: Pick<SessionUser, "role">, permission: Permission): boolean {
  return (PERMISSION_TABLE[user.role] as readonly Permission[]).includes(permission);
}

/** Throws FORBIDDEN (403) when the user's role may not do this. */
export function assertCan(user: Pick<SessionUser, "role">, permission: Permission): void {
  if (!can(user, permission)) throw forbidden();
}
