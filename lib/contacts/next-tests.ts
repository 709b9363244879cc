import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/user";
import { dbFor, type ServiceOptions } from "@/lib/transaction";
import { openTests, type OpenTest } from "@/lib/tasks/open-tests";

/**
 * For a page of contacts: each one's earliest scheduled test still without a result (it may
 * lie in the past: then it is overdue). One query for the whole page.
 */
export async function nextOpenTests(user: SessionUser, contactIds: string[], opts?: ServiceOptions): Promise<Map<string, OpenTest>> {
  assertCan(user, "contact:read");
  const next = new Map<string, OpenTest>();
  if (contactIds.length === 0) return next;
  const open = await openTests(dbFor(opts), user, { contactIds });
  for (const t of open) if (!next.has(t.contactId)) next.set(t.contactId, t); // ordered by date
  return next;
}
