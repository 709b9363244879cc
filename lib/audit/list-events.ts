import { prisma, type Db } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/user";

export const AUDIT_PAGE_SIZE = 50;

/** The newest audit events first, a page at a time (administrators only). */
export async function listAuditEvents(user: SessionUser, page = 1, db: Db = prisma()) {
  assertCan(user, "audit:read");
  const safePage = Number.isInteger(page) && page > 0 ? page : 1;
  const [events, total] = await Promise.all([
    db.auditEvent.findMany({
      orderBy: { id: "desc" },
      skip: (safePage - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
    }),
    db.auditEvent.count(),
  ]);
  return { events, total, page: safePage, pageSize: AUDIT_PAGE_SIZE };
}
