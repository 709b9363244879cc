import { assertCan } from "@/lib/auth/permissions";
import { countyScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/user";
import { readDb, type Prisma } from "@/lib/db";
import type { CappedPage } from "@/lib/validation/fields";
import { cappedTotal, type ListOptions } from "@/lib/capped-total";
import { personSearch } from "@/lib/persons/search";
import { parseInput } from "@/lib/validation/parse-input";
import { caseView, type CaseView } from "./case-view";
import { listCasesSchema } from "./schemas";

/** GET /api/v1/cases?q=&page=: cases in scope, newest confirmation first; the total is capped like the contacts list's. */
export async function listCases(user: SessionUser, input: unknown = {}, opts?: ListOptions): Promise<CappedPage<CaseView>> {
  assertCan(user, "case:read");
  const f = parseInput(listCasesSchema, input ?? {});
  const db = opts?.db ?? readDb();
  const where = caseListWhere(user, f);
  const [{ total, totalCapped }, rows] = await Promise.all([
    // Ordered by county, not Prisma's default primary key: see cappedTotal.
    cappedTotal((take) => db.case.count({ where, take, orderBy: { countyCode: "asc" } }), opts?.totalCap),
    db.case.findMany({
      where,
      include: { person: true },
      orderBy: CASE_LIST_ORDER,
      skip: (f.page - 1) * f.pageSize,
      take: f.pageSize,
    }),
  ]);
  return { items: rows.map((c) => caseView(user, c)), page: f.page, pageSize: f.pageSize, total, totalCapped };
}

export const CASE_LIST_ORDER: Prisma.CaseOrderByWithRelationInput[] = [{ confirmedDate: "desc" }, { createdAt: "desc" }, { id: "asc" }];

/** The list's filters as a query in the user's scope (the list and its export share it). */
export function caseListWhere(user: SessionUser, f: { q?: string }): Prisma.CaseWhereInput {
  // The person is scoped too: its record belongs to the case's county (ADR 0004, ADR 0029).
  return { ...countyScope(user), ...(f.q ? { person: { ...personSearch(user, f.q), ...countyScope(user) } } : {}) };
}
