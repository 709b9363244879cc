import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/user";
import { readDb } from "@/lib/db";
import { phaseOn } from "@/lib/isolation/plan";
import type { CappedPage } from "@/lib/validation/fields";
import { todayFor } from "@/lib/transaction";
import { capped, LIST_TOTAL_CAP, type ListOptions } from "@/lib/capped-total";
import { parseInput } from "@/lib/validation/parse-input";
import { contactSummary } from "./contact-view";
import { contactListFilterSql, selectContactList, type ListedContact } from "./contact-list-sql";
import { plannedPhase } from "./plan-store";
import { fromDbDate } from "@/lib/calendar";
import { listContactsSchema } from "./schemas";

export type { ListContactsFilter } from "./contact-list-sql";

/**
 * GET /api/v1/contacts: a page of contacts in scope, with the phase in force on `date`. The page
 * and the capped total are a hand-written statement each, sent together
 * (docs/decisions/0031-list-pages-in-one-statement.md).
 */
export async function listContacts(user: SessionUser, input: unknown, opts?: ListOptions) {
  assertCan(user, "contact:read");
  const f = parseInput(listContactsSchema, input ?? {});
  const db = opts?.db ?? readDb();
  const date = f.date ?? todayFor(opts);
  const where = contactListFilterSql(user, f, date);

  const cap = opts?.totalCap ?? LIST_TOTAL_CAP;
  const { rows, counted } = await selectContactList(db, where, { skip: (f.page - 1) * f.pageSize, take: f.pageSize, countUpTo: cap + 1 });
  const { total, totalCapped } = capped(counted ?? 0, cap);
  const items = rows.map((c) => contactListItem(user, c, date));
  return { items, page: f.page, pageSize: f.pageSize, total, totalCapped, date } satisfies CappedPage<unknown> & { date: string };
}

/** One row of the list: the contact (masked for the viewer), its release date and phase on `date`. */
export function contactListItem(user: SessionUser, c: ListedContact, date: string) {
  const plan = c.plans[0];
  return {
    ...contactSummary(user, c),
    releaseDate: plan ? fromDbDate(plan.releaseDate) : null,
    phaseOnDate: plan && c.status === "ACTIVE" ? phaseOn({ phases: plan.phases.map(plannedPhase) }, date) : null,
    createdAt: c.createdAt.toISOString(),
  };
}
