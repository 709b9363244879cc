// The contact page's record in one SQL statement (docs/decisions/0028-detail-reads-in-one-statement.md):
// the contact, its person and site, the active plan with phases, tests and extensions, results,
// health checks, the case it became and its secondaries. The query builder's include sent one
// statement per relation (eleven), and compiling and sending those cost 3–5× the statement.
// The nested rows arrive as JSON and are revived into the query builder's own row types
// (lib/db-json.ts), so contactDetail (contact-view.ts) reads them exactly as before.
import type { Db } from "@/lib/db";
import { day, decimal, decimalOrNull, instant, personRow, phaseRow, planRow, type Json } from "@/lib/db-json";
import type { Contact, HealthCheck, IsolationSite, PhaseExtension, ScheduledTest, TestResult } from "@/lib/generated/prisma/client";
import { inCountySql } from "@/lib/auth/scope";
import type { ContactDetailRow } from "./contact-view";

const site = (s: Json): IsolationSite => ({ ...(s as unknown as IsolationSite), createdAt: instant(s.createdAt), updatedAt: instant(s.updatedAt) });
const test = (t: Json): ScheduledTest => ({ ...(t as unknown as ScheduledTest), date: day(t.date) });
const extension = (e: Json): PhaseExtension => ({ ...(e as unknown as PhaseExtension), previousEnd: day(e.previousEnd), newEnd: day(e.newEnd), createdAt: instant(e.createdAt) });
const result = (r: Json): TestResult => ({
  ...(r as unknown as TestResult),
  sampleDate: day(r.sampleDate),
  createdAt: instant(r.createdAt),
  ctOrf1ab: decimalOrNull(r.ctOrf1ab),
  ctN: decimalOrNull(r.ctN),
});
const check = (h: Json): HealthCheck => ({ ...(h as unknown as HealthCheck), date: day(h.date), createdAt: instant(h.createdAt), temperature: decimal(h.temperature) });

interface RawRow extends Contact {
  person: Json;
  site: Json | null;
  plan: { plan: Json; phases: Json[]; tests: Json[]; extensions: Json[] } | null;
  testResults: Json[];
  healthChecks: Json[];
  resultingCaseId: string | null;
  secondaryIds: string[];
}

/**
 * The contact with everything its page shows, or null when it does not exist or lies outside
 * `countyCode` (null: every county). Works on a client or inside a transaction.
 */
export async function selectContactDetail(db: Db, id: string, countyCode: string | null): Promise<ContactDetailRow | null> {
  const [row] = await db.$queryRaw<RawRow[]>`
    SELECT c.*, to_json(p) AS "person",
      (SELECT to_json(s) FROM "IsolationSite" s WHERE s."id" = c."siteId") AS "site",
      (SELECT json_build_object(
          'plan', to_json(pl),
          'phases', COALESCE((SELECT json_agg(ph) FROM "PlanPhase" ph WHERE ph."planId" = pl."id"), '[]'),
          'tests', COALESCE((SELECT json_agg(st) FROM "ScheduledTest" st WHERE st."planId" = pl."id"), '[]'),
          'extensions', COALESCE((SELECT json_agg(e ORDER BY e."createdAt") FROM "PhaseExtension" e WHERE e."planId" = pl."id"), '[]'))
        FROM "IsolationPlan" pl WHERE pl."contactId" = c."id" AND pl."active" LIMIT 1) AS "plan",
      COALESCE((SELECT json_agg(t ORDER BY t."sampleDate", t."createdAt") FROM "TestResult" t WHERE t."contactId" = c."id"), '[]') AS "testResults",
      COALESCE((SELECT json_agg(h ORDER BY h."date", h."slot") FROM "HealthCheck" h WHERE h."contactId" = c."id"), '[]') AS "healthChecks",
      (SELECT k."id" FROM "Case" k WHERE k."sourceContactId" = c."id" LIMIT 1) AS "resultingCaseId",
      COALESCE((SELECT array_agg(x."id" ORDER BY x."createdAt") FROM "Contact" x WHERE x."sourceContactId" = c."id"), '{}') AS "secondaryIds"
    FROM "Contact" c JOIN "Person" p ON p."id" = c."personId"
    WHERE c."id" = ${id}::uuid AND ${inCountySql("c", countyCode)}`;
  if (!row) return null;
  const { person: p, site: s, plan, testResults, healthChecks, resultingCaseId, secondaryIds, ...contact } = row;
  const plans: ContactDetailRow["plans"] = plan
    ? [
        {
          ...planRow(plan.plan),
          phases: plan.phases.map(phaseRow),
          tests: plan.tests.map(test),
          extensions: plan.extensions.map(extension),
        },
      ]
    : [];
  return {
    ...contact,
    person: personRow(p),
    site: s ? site(s) : null,
    plans,
    testResults: testResults.map(result),
    healthChecks: healthChecks.map(check),
    resultingCase: resultingCaseId ? { id: resultingCaseId } : null,
    secondaries: secondaryIds.map((sid) => ({ id: sid })),
  };
}
