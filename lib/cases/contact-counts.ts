import { assertCan } from "@/lib/auth/permissions";
import { countyScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/user";
import { dbFor, type ServiceOptions } from "@/lib/transaction";

export interface ContactCounts {
  CLOSE: number;
  GENERAL: number;
  SECONDARY: number;
}

/**
 * Contacts per category for each case of a list page: close and general contacts of the case,
 * and secondary contacts of its close contacts (as getCase groups them). Two grouped queries.
 */
export async function contactCountsByCase(user: SessionUser, caseIds: string[], opts?: ServiceOptions): Promise<Map<string, ContactCounts>> {
  assertCan(user, "contact:read");
  const counts = new Map<string, ContactCounts>(caseIds.map((id) => [id, { CLOSE: 0, GENERAL: 0, SECONDARY: 0 }]));
  if (caseIds.length === 0) return counts;
  const db = dbFor(opts);
  const scope = countyScope(user);
  const [direct, secondary] = await Promise.all([
    db.contact.groupBy({
      by: ["sourceCaseId", "category"],
      where: { ...scope, sourceCaseId: { in: caseIds } },
      _count: { _all: true },
    }),
    db.contact.findMany({
      where: { ...scope, category: "SECONDARY", sourceContact: { sourceCaseId: { in: caseIds } } },
      select: { sourceContact: { select: { sourceCaseId: true } } },
    }),
  ]);
  for (const g of direct) {
    const c = g.sourceCaseId ? counts.get(g.sourceCaseId) : undefined;
    if (c) c[g.category] += g._count._all;
  }
  for (const s of secondary) {
    const c = s.sourceContact?.sourceCaseId ? counts.get(s.sourceContact.sourceCaseId) : undefined;
    if (c) c.SECONDARY += 1;
  }
  return counts;
}
