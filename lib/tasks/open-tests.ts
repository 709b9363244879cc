// Scheduled tests without a result (NEGATIVE or POSITIVE; a PENDING sample is taken but not
// answered), of ACTIVE contacts' active plans in the user's scope. "No result on the test's own
// date" is a correlated condition, so this is one SQL anti-join (NOT EXISTS) over the date and
// (contactId, sampleDate) indexes rather than two queries joined in memory.
import { countyScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/user";
import { Prisma, type Db } from "@/lib/db";
import { fromDbDate, toDbDate } from "@/lib/calendar";

export interface OpenTest {
  contactId: string;
  date: string;
  phase: string;
  doubleSample: boolean;
  /** A sample was taken and awaits its result. */
  pending: boolean;
}

export interface OpenTestFilter {
  /** Tests scheduled on this day. */
  on?: string;
  /** Tests scheduled before this day. */
  before?: string;
  /** Only these contacts. */
  contactIds?: string[];
}

/**
 * The scheduled test `st` of the contact `contactId` has no result: no negative or positive
 * sample of its date (a PENDING sample is not a result). The one definition of an open test,
 * shared by openTests, Today's flags (lib/tasks/today-flags.ts) and the contacts list's due
 * filter (lib/contacts/contact-list-sql.ts).
 */
export function noResultSql(contactId: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`NOT EXISTS (SELECT 1 FROM "TestResult" r
    WHERE r."contactId" = ${contactId} AND r."sampleDate" = st."date" AND r."result" IN ('NEGATIVE', 'POSITIVE'))`;
}

/**
 * The open tests' FROM … WHERE over st (the scheduled test), p (its active plan) and c (the
 * contact), under `conditions`: shared by openTests and Today's page (lib/tasks/today-query.ts).
 */
export function openTestsFrom(conditions: Prisma.Sql[]): Prisma.Sql {
  return Prisma.sql`FROM "ScheduledTest" st
    JOIN "IsolationPlan" p ON p."id" = st."planId" AND p."active"
    JOIN "Contact" c ON c."id" = p."contactId"
    WHERE ${Prisma.join(conditions, " AND ")} AND ${noResultSql(Prisma.sql`p."contactId"`)}`;
}

/** Over openTestsFrom's rows: a sample was taken for the test and awaits its result. */
export const OPEN_TEST_PENDING = Prisma.sql`EXISTS (SELECT 1 FROM "TestResult" r
  WHERE r."contactId" = p."contactId" AND r."sampleDate" = st."date" AND r."result" = 'PENDING')`;

export async function openTests(db: Db, user: SessionUser, filter: OpenTestFilter = {}): Promise<OpenTest[]> {
  const scope = countyScope(user);
  const conditions: Prisma.Sql[] = [Prisma.sql`c."status" = 'ACTIVE'`];
  if (scope.countyCode) conditions.push(Prisma.sql`c."countyCode" = ${scope.countyCode}`);
  if (filter.on) conditions.push(Prisma.sql`st."date" = ${toDbDate(filter.on)}::date`);
  if (filter.before) conditions.push(Prisma.sql`st."date" < ${toDbDate(filter.before)}::date`);
  if (filter.contactIds) {
    if (filter.contactIds.length === 0) return [];
    conditions.push(Prisma.sql`c."id" = ANY(${filter.contactIds}::uuid[])`);
  }
  const rows = await db.$queryRaw<{ contactId: string; date: Date; phase: string; doubleSample: boolean; pending: boolean }[]>`
    SELECT p."contactId", st."date", st."phase"::text AS "phase", st."doubleSample", ${OPEN_TEST_PENDING} AS "pending"
    ${openTestsFrom(conditions)}
    ORDER BY st."date", p."contactId"`;
  return rows.map((r) => ({ contactId: r.contactId, date: fromDbDate(r.date), phase: r.phase, doubleSample: r.doubleSample, pending: r.pending }));
}
