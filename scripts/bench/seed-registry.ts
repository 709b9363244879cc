/**
 * Set-based seeding for the benchmark: N contacts spread over the prefecture's counties, each
 * with a case to come from, a person, an active plan (phases and scheduled tests) and negative
 * results for most tests already due — written by a handful of INSERT … SELECT statements
 * instead of thousands of service calls, so that 6,500 contacts take seconds even on the
 * embedded database. The plans are the rule engine's (planIsolation under the current policy):
 * one template per category and exposure day, joined onto the contacts in SQL.
 */
import { performance } from "node:perf_hooks";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { planIsolation } from "@/lib/isolation/plan";
import { addDays } from "@/lib/isolation/dates";
import type { IsolationPolicy } from "@/lib/isolation/policy";

/** Exposure days spread over the contacts (0 … 21 days before today), as the old bench did. */
const EXPOSURE_SPREAD = 22;
/** Contacts per source case. */
const PER_CASE = 100;
const SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"];

type Category = "CLOSE" | "GENERAL";

/** The engine's plan for every (category, days since last exposure), as offsets from today. */
function planTemplates(today: string, policy: IsolationPolicy) {
  const offset = (date: string) => Math.round((Date.parse(date) - Date.parse(today)) / 86_400_000);
  const plans: { category: Category; k: number; releaseOffset: number }[] = [];
  const phases: { category: Category; k: number; seq: number; kind: string; s: number; e: number }[] = [];
  const tests: { category: Category; k: number; d: number; phase: string; double: boolean }[] = [];
  for (const category of ["CLOSE", "GENERAL"] as const) {
    for (let k = 0; k < EXPOSURE_SPREAD; k++) {
      const lastExposureDate = addDays(today, -k);
      const plan = planIsolation({ category, lastExposureDate, identifiedDate: addDays(lastExposureDate, k ? 1 : 0), policy });
      plans.push({ category, k, releaseOffset: offset(plan.releaseDate) });
      plan.phases.forEach((p, seq) => phases.push({ category, k, seq, kind: p.kind, s: offset(p.startDate), e: offset(p.endDate) }));
      plan.tests.forEach((t) => tests.push({ category, k, d: offset(t.date), phase: t.phase, double: t.doubleSample }));
    }
  }
  return { plans, phases, tests };
}

export async function seedRegistry(db: PrismaClient, opts: { counties: string[]; total: number; today: string; policy: IsolationPolicy }) {
  const { counties, today, policy } = opts;
  const perCounty = Math.ceil(opts.total / counties.length);
  const cases = Math.ceil(perCounty / PER_CASE);
  const started = performance.now();
  const step = async (label: string, run: () => Promise<number>) => {
    const t0 = performance.now();
    const rows = await run();
    console.log(`  seeding: ${label.padEnd(28)} ${String(rows).padStart(8)} rows  ${((performance.now() - t0) / 1000).toFixed(1).padStart(5)} s`);
  };
  const templates = planTemplates(today, policy);
  // Ids are derived from county and number (md5 as uuid), so each table joins to the others
  // without reading them back.
  await step("case persons", () =>
    db.$executeRawUnsafe(
      `INSERT INTO "Person" ("id", "countyCode", "name", "sex", "updatedAt")
       SELECT md5('case-person:' || c || ':' || n)::uuid, c, '病例' || n, 'MALE', now()
       FROM unnest($1::text[]) AS c, generate_series(0, $2::int - 1) AS n`,
      counties,
      cases,
    ),
  );
  await step("cases", () =>
    db.$executeRawUnsafe(
      `INSERT INTO "Case" ("id", "personId", "countyCode", "classification", "confirmedDate", "updatedAt")
       SELECT md5('case:' || c || ':' || n)::uuid, md5('case-person:' || c || ':' || n)::uuid, c, 'CONFIRMED', $3::date - 5, now()
       FROM unnest($1::text[]) AS c, generate_series(0, $2::int - 1) AS n`,
      counties,
      cases,
      today,
    ),
  );
  await step("contact persons", () =>
    db.$executeRawUnsafe(
      `INSERT INTO "Person" ("id", "countyCode", "name", "sex", "phone", "updatedAt")
       SELECT md5('person:' || c || ':' || i)::uuid, c, ($3::text[])[1 + i % array_length($3::text[], 1)] || '测' || i,
              (CASE WHEN i % 2 = 0 THEN 'MALE' ELSE 'FEMALE' END)::"Sex", '13' || lpad(((c::int % 100) * 1000000 + i)::text, 9, '0'), now()
       FROM unnest($1::text[]) AS c, generate_series(0, $2::int - 1) AS i`,
      counties,
      perCounty,
      SURNAMES,
    ),
  );
  await step("contacts", () =>
    db.$executeRawUnsafe(
      `INSERT INTO "Contact" ("id", "personId", "category", "sourceCaseId", "countyCode", "lastExposureDate", "identifiedDate", "riskNoticeDate", "updatedAt")
       SELECT md5('contact:' || c || ':' || i)::uuid, md5('person:' || c || ':' || i)::uuid, x.category::"ContactCategory",
              md5('case:' || c || ':' || (i / ${PER_CASE}))::uuid, c, $3::date - x.k, $3::date - x.k + (CASE WHEN x.k > 0 THEN 1 ELSE 0 END),
              CASE WHEN x.category = 'GENERAL' THEN $3::date - x.k + (CASE WHEN x.k > 0 THEN 1 ELSE 0 END) END, now()
       FROM unnest($1::text[]) AS c, generate_series(0, $2::int - 1) AS i,
            LATERAL (SELECT i % ${EXPOSURE_SPREAD} AS k, CASE WHEN i % 4 = 3 THEN 'GENERAL' ELSE 'CLOSE' END AS category) AS x`,
      counties,
      perCounty,
      today,
    ),
  );
  const joinTemplate = (columns: string) =>
    `FROM "Contact" AS ct JOIN jsonb_to_recordset($1::jsonb) AS t(${columns}) ON t.category = ct."category"::text AND t.k = ($2::date - ct."lastExposureDate")`;
  await step("plans", () =>
    db.$executeRawUnsafe(
      `INSERT INTO "IsolationPlan" ("id", "contactId", "category", "policyVersion", "releaseDate")
       SELECT md5('plan:' || ct."id")::uuid, ct."id", ct."category", $3, $2::date + t."releaseOffset"
       ${joinTemplate(`category text, k int, "releaseOffset" int`)}`,
      JSON.stringify(templates.plans),
      today,
      policy.version,
    ),
  );
  await step("plan phases", () =>
    db.$executeRawUnsafe(
      `INSERT INTO "PlanPhase" ("id", "planId", "seq", "kind", "startDate", "endDate")
       SELECT gen_random_uuid(), md5('plan:' || ct."id")::uuid, t.seq, t.kind::"PhaseKind", $2::date + t.s, $2::date + t.e
       ${joinTemplate("category text, k int, seq int, kind text, s int, e int")}`,
      JSON.stringify(templates.phases),
      today,
    ),
  );
  await step("scheduled tests", () =>
    db.$executeRawUnsafe(
      `INSERT INTO "ScheduledTest" ("id", "planId", "date", "phase", "doubleSample")
       SELECT gen_random_uuid(), md5('plan:' || ct."id")::uuid, $2::date + t.d, t.phase::"PhaseKind", t.double
       ${joinTemplate("category text, k int, d int, phase text, double boolean")}`,
      JSON.stringify(templates.tests),
      today,
    ),
  );
  // Most tests already due have their negative result; about one contact in five is behind.
  await step("test results", () =>
    db.$executeRawUnsafe(
      `INSERT INTO "TestResult" ("id", "contactId", "sampleDate", "result", "doubleSample", "createdById")
       SELECT gen_random_uuid(), p."contactId", st."date", 'NEGATIVE', st."doubleSample", '00000000-0000-4000-8000-000000000001'
       FROM "ScheduledTest" AS st JOIN "IsolationPlan" AS p ON p."id" = st."planId"
       WHERE st."date" < $1::date AND abs(hashtext(p."contactId"::text)) % 5 <> 0`,
      today,
    ),
  );
  // What autovacuum does to a database in service, done here because the benchmarks measure
  // seconds after seeding (and the development server runs with autovacuum off): statistics,
  // and the GIN indexes' pending lists merged, with their metapage figures set. Without it every
  // seeded person sat in each trigram index's pending list, the planner (costing those indexes
  // from an empty metapage) sent the registration's `phone IN (…)` lookup through the phone's,
  // and that re-read the whole pending list once per phone: 2.2 s of a 2.5 s registration of 500.
  // This schema's tables only: a bare ANALYZE went through every schema of the database.
  const tables = await db.$queryRawUnsafe<{ name: string }[]>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema()`);
  await db.$executeRawUnsafe(`VACUUM (ANALYZE) ${tables.map((t) => `"${t.name}"`).join(", ")}`);
  console.log(`  seeded in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}
