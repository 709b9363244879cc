import { forbidden, notFound } from "next/navigation";
import { can, type Permission } from "@/lib/auth/permissions";
import { requirePageUser } from "@/lib/auth/current-user";
import type { SessionUser } from "@/lib/auth/user";

/** For pages: the signed-in user holding `permission`; others get the 404 page. */
export async function requirePagePermission(permission: Permission): Promise<SessionUser> {
  const user = await requirePageUser();
  if (!can(user, permission)) notFound();
  return user;
}

/**
 * For pages whose existence is no secret (administration): others get the "not allowed" page,
 * answered 403 (app/(app)/forbidden.tsx; Next.js `forbidden()`, enabled by
 * `experimental.authInterrupts` in next.config.js — docs/decisions/0011-not-allowed-pages.md).
 */
export async function requirePageAccess(permission: Permission): Promise<SessionUser> {
  const user = await requirePageUser();
  if (!can(user, permission)) forbidden();
  return user;
}
