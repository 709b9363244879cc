// The contacts list in hand-written SQL (docs/decisions/0031-list-pages-in-one-statement.md):
// the filters as one WHERE clause, a page as one statement with each contact's person and active
// plan, and the capped total as another, sent at the same time. The query builder's count and
// include sent five statements (count, contacts, persons, plans, phases and tests) and compiling
// them cost more than PostgreSQL spent answering (ADR 0028).
import { inCountySql, scopeCounty } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/user";
import { toDbDate } from "@/lib/calendar";
import { Prisma, type Db } from "@/lib/db";
import { readRows } from "@/lib/db-read";
import { contactRow, personRow, phaseRow, planRow, type Json } from "@/lib/db-json";
import type { Contact, IsolationPlan, Person, PlanPhase } from "@/lib/generated/prisma/client";
import { personSearchSql } from "@/lib/persons/search";
import { noResultSql } from "@/lib/tasks/open-tests";
import type { listContactsSchema } from "./schemas";
import type { z } from "zod";

export type ListContactsFilter = z.output<typeof listContactsSchema>;

/** A listed contact: the row, its person and its active plan (if any) with its phases. */
export type ListedContact = Contact & { person: Person; plans: (IsolationPlan & { phases: PlanPhase[] })[] };

/**
 * The list's filters over `Contact c`, in the user's scope (the list, its count and its export
 * share it). Every filter is a condition on the row or a subquery, so the statement can stop at
 * the page instead of collecting ids first, and the person is read for the page's rows only.
 */
export function contactListFilterSql(user: SessionUser, f: Omit<ListContactsFilter, "page" | "pageSize">, date: string): Prisma.Sql {
  const county = scopeCounty(user);
  const day = toDbDate(date);
  const and: Prisma.Sql[] = [inCountySql("c", county)];
  if (f.category) and.push(Prisma.sql`c."category" = ${f.category}::"ContactCategory"`);
  if (f.status) and.push(Prisma.sql`c."status" = ${f.status}::"ContactStatus"`);
  if (f.released !== undefined) and.push(Prisma.sql`c."status" = ${f.released ? "RELEASED" : "ACTIVE"}::"ContactStatus"`);
  if (f.siteId) and.push(Prisma.sql`c."siteId" = ${f.siteId}::uuid`);
  if (f.county) and.push(Prisma.sql`c."countyCode" = ${f.county}`);
  if (f.assignedTo === "none") and.push(Prisma.sql`c."assignedToId" IS NULL`);
  else if (f.assignedTo) and.push(Prisma.sql`c."assignedToId" = ${f.assignedTo === "me" ? user.id : f.assignedTo}::uuid`);
  if (f.caseId) {
    and.push(Prisma.sql`(c."sourceCaseId" = ${f.caseId}::uuid
      OR c."sourceContactId" IN (SELECT s."id" FROM "Contact" s WHERE s."sourceCaseId" = ${f.caseId}::uuid))`);
  }
  // A person record belongs to the county of its contacts (ADR 0004): scoping the person too lets
  // the name index narrow to the county before contacts are joined (ADR 0029).
  if (f.q) {
    and.push(Prisma.sql`c."personId" IN (SELECT p."id" FROM "Person" p WHERE ${personSearchSql(user, f.q, "p")} AND ${inCountySql("p", county)})`);
  }
  if (f.phase) {
    and.push(Prisma.sql`c."status" = 'ACTIVE' AND EXISTS (
      SELECT 1 FROM "IsolationPlan" pl JOIN "PlanPhase" ph ON ph."planId" = pl."id"
      WHERE pl."contactId" = c."id" AND pl."active" AND ph."kind" = ${f.phase}::"PhaseKind"
        AND ph."startDate" <= ${day}::date AND ph."endDate" >= ${day}::date)`);
  }
  // A scheduled test of the active plan on (today) or before (overdue) the day without a result
  // (lib/tasks/open-tests.ts).
  if (f.due) {
    const on = f.due === "today" ? Prisma.sql`st."date" = ${day}::date` : Prisma.sql`st."date" < ${day}::date`;
    and.push(Prisma.sql`c."status" = 'ACTIVE' AND EXISTS (
      SELECT 1 FROM "IsolationPlan" pl JOIN "ScheduledTest" st ON st."planId" = pl."id"
      WHERE pl."contactId" = c."id" AND pl."active" AND ${on} AND ${noResultSql(Prisma.sql`c."id"`)})`);
  }
  return Prisma.join(and, " AND ");
}

interface RawItem {
  contact: Json;
  person: Json;
  plan: { plan: Json; phases: Json[] } | null;
}

const listedContact = ({ contact, person, plan }: RawItem): ListedContact => ({
  ...contactRow(contact),
  person: personRow(person),
  plans: plan
    ? [
        {
          ...planRow(plan.plan),
          phases: plan.phases.map(phaseRow),
        },
      ]
    : [],
});

/**
 * One page of the filtered list, newest identification first, and with `countUpTo` how many
 * match, counted up to that many (`cappedTotal`, docs/decisions/0027-capped-list-totals.md).
 * The page and the count are one statement each, sent at the same time: on a broad search each
 * costs milliseconds, and one after the other in a single statement they took twice as long.
 * Under a county scope the page follows an index (Contact_countyCode_identifiedDate_createdAt_id_idx)
 * and the count is ordered by the county, a constant there, so both stop at their limits; the
 * person and plan are read for the page's rows only. The rows come back as JSON, revived into
 * the query builder's row types (lib/db-json.ts).
 */
export async function selectContactList(
  db: Db,
  where: Prisma.Sql,
  page: { skip: number; take: number; countUpTo?: number },
): Promise<{ rows: ListedContact[]; counted: number | null }> {
  const [counted, [row]] = await Promise.all([
    page.countUpTo
      ? readRows<{ n: number }>(db, Prisma.sql`SELECT count(*)::int AS "n" FROM (SELECT 1 FROM "Contact" c WHERE ${where} ORDER BY c."countyCode" LIMIT ${page.countUpTo}) x`).then(
          (r) => r[0]?.n ?? 0,
        )
      : null,
    readRows<{ items: RawItem[] | null }>(
      db,
      Prisma.sql`
      SELECT json_agg(json_build_object('contact', to_json(c), 'person', (SELECT to_json(p) FROM "Person" p WHERE p."id" = c."personId"), 'plan', (
          SELECT json_build_object('plan', to_json(pl),
            'phases', COALESCE((SELECT json_agg(ph) FROM "PlanPhase" ph WHERE ph."planId" = pl."id"), '[]'))
          FROM "IsolationPlan" pl WHERE pl."contactId" = c."id" AND pl."active" LIMIT 1))
        ORDER BY c."identifiedDate" DESC, c."createdAt" DESC, c."id" ASC) AS "items"
      FROM (SELECT * FROM "Contact" c WHERE ${where}
            ORDER BY c."identifiedDate" DESC, c."createdAt" DESC, c."id" ASC LIMIT ${page.take} OFFSET ${page.skip}) c`,
    ),
  ]);
  return { rows: (row?.items ?? []).map(listedContact), counted };
}
