import { assertCan } from "@/lib/auth/permissions";
import { countyScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/user";
import { readDb, type Db, type Prisma } from "@/lib/db";
import { phaseOn } from "@/lib/isolation/plan";
import { toDbDate } from "@/lib/calendar";
import type { CappedPage } from "@/lib/validation/fields";
import { personSearch } from "@/lib/persons/search";
import { todayFor } from "@/lib/transaction";
import { cappedTotal, type ListOptions } from "@/lib/capped-total";
import { parseInput } from "@/lib/validation/parse-input";
import { openTests } from "@/lib/tasks/open-tests";
import { contactSummary } from "./contact-view";
import { toEnginePlan } from "./plan-store";
import { listContactsSchema } from "./schemas";
import type { z } from "zod";

export type ListContactsFilter = z.output<typeof listContactsSchema>;

/** GET /api/v1/contacts: a page of contacts in scope, with the phase in force on `date`. */
export async function listContacts(user: SessionUser, input: unknown, opts?: ListOptions) {
  assertCan(user, "contact:read");
  const f = parseInput(listContactsSchema, input ?? {});
  const db = opts?.db ?? readDb();
  const date = f.date ?? todayFor(opts);
  const where = await contactListWhere(db, user, f, date);

  const [{ total, totalCapped }, rows] = await Promise.all([
    cappedTotal((take) => db.contact.count({ where, take, orderBy: { countyCode: "asc" } }), opts?.totalCap),
    db.contact.findMany({
      where,
      include: CONTACT_LIST_INCLUDE,
      orderBy: CONTACT_LIST_ORDER,
      skip: (f.page - 1) * f.pageSize,
      take: f.pageSize,
    }),
  ]);
  const items = rows.map((c) => contactListItem(user, c, date));
  return { items, page: f.page, pageSize: f.pageSize, total, totalCapped, date } satisfies CappedPage<unknown> & { date: string };
}

export const CONTACT_LIST_INCLUDE = { person: true, plans: { where: { active: true }, include: { phases: true, tests: true } } } as const;
export const CONTACT_LIST_ORDER: Prisma.ContactOrderByWithRelationInput[] = [{ identifiedDate: "desc" }, { createdAt: "desc" }, { id: "asc" }];
type ListedContact = Prisma.ContactGetPayload<{ include: typeof CONTACT_LIST_INCLUDE }>;

/** One row of the list: the contact (masked for the viewer), its release date and phase on `date`. */
export function contactListItem(user: SessionUser, c: ListedContact, date: string) {
  const plan = c.plans[0] ? toEnginePlan(c.plans[0]) : null;
  return {
    ...contactSummary(user, c),
    releaseDate: plan ? plan.releaseDate : null,
    phaseOnDate: plan && c.status === "ACTIVE" ? phaseOn(plan, date) : null,
    createdAt: c.createdAt.toISOString(),
  };
}

/** The list's filters as a query in the user's scope (the list and its export share it). */
export async function contactListWhere(db: Db, user: SessionUser, f: ListContactsFilter, date: string): Promise<Prisma.ContactWhereInput> {
  const day = toDbDate(date);
  const where: Prisma.ContactWhereInput = { ...countyScope(user) };
  const and: Prisma.ContactWhereInput[] = [];
  if (f.category) where.category = f.category;
  if (f.status) where.status = f.status;
  if (f.released !== undefined) and.push({ status: f.released ? "RELEASED" : "ACTIVE" });
  if (f.siteId) where.siteId = f.siteId;
  if (f.county) and.push({ countyCode: f.county });
  if (f.assignedTo) where.assignedToId = f.assignedTo === "me" ? user.id : f.assignedTo === "none" ? null : f.assignedTo;
  if (f.caseId) and.push({ OR: [{ sourceCaseId: f.caseId }, { sourceContact: { sourceCaseId: f.caseId } }] });
  // A person record belongs to the county of its contacts (ADR 0004): scoping the person too lets
  // the name index narrow to the county before contacts are joined (ADR 0029).
  if (f.q) and.push({ person: { ...personSearch(user, f.q), ...countyScope(user) } });
  if (f.phase) {
    and.push({
      status: "ACTIVE",
      plans: { some: { active: true, phases: { some: { kind: f.phase, startDate: { lte: day }, endDate: { gte: day } } } } },
    });
  }
  if (f.due) {
    const open = await openTests(db, user, f.due === "today" ? { on: date } : { before: date });
    and.push({ id: { in: [...new Set(open.map((t) => t.contactId))] } });
  }
  if (and.length) where.AND = and;
  return where;
}
