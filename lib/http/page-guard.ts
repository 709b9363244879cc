import { notFound } from "next/navigation";
import { can, type Permission } from "@/lib/auth/permissions";
import { requirePageUser } from "@/lib/auth/current-user";
import type { SessionUser } from "@/lib/auth/user";

/** For pages: the signed-in user holding `permission`; others get the 404 page. */
export async function requirePagePermission(permission: Permission): Promise<SessionUser> {
  const user = await requirePageUser();
  if (!can(user, permission)) notFound();
  return user;
}
