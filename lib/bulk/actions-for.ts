import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/user";
import type { BulkAction } from "./schemas";

/** The bulk actions the user's role may take (the action bar shows only these). */
export function bulkActionsFor(user: Pick<SessionUser, "role">): BulkAction[] {
  const out: BulkAction[] = [];
  if (can(user, "test:write")) out.push("testResult");
  if (can(user, "site:write")) out.push("assignSite");
  if (can(user, "contact:write")) out.push("confirmTransfer", "assignStaff");
  if (can(user, "contact:release")) out.push("release");
  return out;
}
