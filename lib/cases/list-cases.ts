import { assertCan } from "@/lib/auth/permissions";
import { countyScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/user";
import { readDb, type Prisma } from "@/lib/db";
import type { Page } from "@/lib/validation/fields";
import { personSearch } from "@/lib/persons/search";
import type { ServiceOptions } from "@/lib/transaction";
import { parseInput } from "@/lib/validation/parse-input";
import { caseView, type CaseView } from "./case-view";
import { listCasesSchema } from "./schemas";

/** GET /api/v1/cases?q=&page=: cases in scope, newest confirmation first. */
export async function listCases(user: SessionUser, input: unknown = {}, opts?: ServiceOptions): Promise<Page<CaseView>> {
  assertCan(user, "case:read");
  const f = parseInput(listCasesSchema, input ?? {});
  const db = opts?.db ?? readDb();
  const where = caseListWhere(user, f);
  const [total, rows] = await Promise.all([
    db.case.count({ where }),
    db.case.findMany({
      where,
      include: { person: true },
      orderBy: CASE_LIST_ORDER,
      skip: (f.page - 1) * f.pageSize,
      take: f.pageSize,
    }),
  ]);
  return { items: rows.map((c) => caseView(user, c)), page: f.page, pageSize: f.pageSize, total };
}

export const CASE_LIST_ORDER: Prisma.CaseOrderByWithRelationInput[] = [{ confirmedDate: "desc" }, { createdAt: "desc" }, { id: "asc" }];

/** The list's filters as a query in the user's scope (the list and its export share it). */
export function caseListWhere(user: SessionUser, f: { q?: string }): Prisma.CaseWhereInput {
  return { ...countyScope(user), ...(f.q ? { person: personSearch(user, f.q) } : {}) };
}
