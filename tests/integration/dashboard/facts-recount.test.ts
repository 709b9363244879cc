// The maintained facts equal a full recount after a random sequence of writes through the
// services (docs/decisions/0007-dashboard-facts.md): registrations, results (positives escalate),
// releases, reclassifications, transfers, merges, extensions, site placements — refusals included
// (their transactions roll back, and so must what they added to the facts).
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/user";
import { registerCase } from "@/lib/cases/register-case";
import { registerContacts } from "@/lib/contacts/register-contacts";
import { registerSecondaryContacts } from "@/lib/contacts/register-secondary-contacts";
import { reclassifyContact } from "@/lib/contacts/reclassify-contact";
import { releaseContact } from "@/lib/contacts/release-contact";
import { extendPhase } from "@/lib/contacts/extend-phase";
import { recordTestResult } from "@/lib/lab-results/record-test-result";
import { requestTransfer } from "@/lib/transfers/request-transfer";
import { answerTransfer } from "@/lib/transfers/answer-transfer";
import { mergePersons } from "@/lib/persons/merge-persons";
import { createSite } from "@/lib/sites/create-site";
import { assignSite } from "@/lib/sites/assign-site";
import { fromDbDate } from "@/lib/calendar";
import { addDays } from "@/lib/isolation/dates";
import { at, caseBody, closeRow, MAERKANG, seedFixtures, WENCHUAN, type Users } from "../registry/fixtures";

const now = at("2026-04-10");
let u: Users;

/** A small deterministic PRNG (mulberry32), so a failure can be replayed. */
function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function factsAndRecount() {
  const db = prisma();
  // Every county's facts and the prefecture's (countyCode '': the sum of the counties').
  const facts = await db.$queryRaw<{ k: string; v: number }[]>`
    SELECT COALESCE(NULLIF("countyCode", ''), 'prefecture') || ' ' || "day"::text || ' ' || "metric" AS k, "value" AS v
    FROM "DashboardFact" WHERE "value" <> 0 ORDER BY 1`;
  const recount = await db.$queryRaw<{ k: string; v: number }[]>`
    SELECT k, v FROM (
      SELECT county || ' ' || day::text || ' ' || metric AS k, value::int AS v FROM dash_recount_rows()
      UNION ALL
      SELECT 'prefecture ' || day::text || ' ' || metric, SUM(value)::int FROM dash_recount_rows() GROUP BY day, metric HAVING SUM(value) <> 0
    ) r ORDER BY 1`;
  return { facts: facts.map((r) => `${r.k} = ${r.v}`), recount: recount.map((r) => `${r.k} = ${r.v}`) };
}

beforeAll(async () => {
  u = await seedFixtures();
});

describe("maintained dashboard facts", () => {
  it("equal the recount after a random sequence of writes", async () => {
    const random = rng(20261130);
    const pick = <T,>(xs: T[]): T | undefined => (xs.length ? xs[Math.floor(random() * xs.length)] : undefined);
    const staff = (county: string): SessionUser => (county === MAERKANG ? u.mk : u.wc);
    const day = (offset: number) => addDays("2026-03-01", offset);
    const sites = { [MAERKANG]: (await createSite(u.mk, { name: "复核隔离点", capacity: 50 })).id, [WENCHUAN]: (await createSite(u.wc, { name: "复核汶川点", capacity: 50 })).id };
    const cases: { id: string; county: string }[] = [];
    let done = 0;
    let refused = 0;
    const attempt = async (run: () => Promise<unknown>) => {
      try {
        await run();
        done += 1;
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
        if (process.env.DEBUG_FACTS) console.log(e.code, e.key);
        refused += 1;
      }
    };
    const contacts = async (where: object = {}) =>
      prisma().contact.findMany({ where: { status: "ACTIVE", ...where }, select: { id: true, countyCode: true, category: true, personId: true }, orderBy: { createdAt: "asc" } });

    for (let step = 0; step < 70; step++) {
      // Every kind of write happens at least once, whatever the draws.
      const r = step === 30 || step === 55 ? 0.6 : step === 40 ? 0.85 : random();
      const positive = step === 30 || step === 55 || random() < 0.15;
      const county = random() < 0.7 ? MAERKANG : WENCHUAN;
      if (r < 0.12 || cases.length === 0) {
        await attempt(async () => {
          const c = await registerCase(staff(county), caseBody({ countyCode: county, classification: random() < 0.7 ? "CONFIRMED" : "ASYMPTOMATIC", confirmedDate: day(Math.floor(random() * 10)) }), { now });
          cases.push({ id: c.id, county });
        });
      } else if (r < 0.35) {
        const source = pick(cases.filter((c) => c.county === county));
        if (!source) continue;
        const exposed = Math.floor(random() * 12);
        const rows = Array.from({ length: 1 + Math.floor(random() * 3) }, () =>
          closeRow({ category: random() < 0.75 ? "CLOSE" : "GENERAL", lastExposureDate: day(exposed), identifiedDate: day(exposed + Math.floor(random() * 3)), ...(random() < 0.3 ? { idNumber: undefined, phone: "1390000" + String(step).padStart(4, "0") } : {}) }),
        );
        await attempt(() => registerContacts(staff(county), source.id, { contacts: rows }, { now }));
      } else if (r < 0.45) {
        const close = pick(await contacts({ category: "CLOSE", countyCode: county }));
        if (!close) continue;
        const exposed = 5 + Math.floor(random() * 8);
        await attempt(() => registerSecondaryContacts(staff(county), close.id, { contacts: [closeRow({ category: undefined, lastExposureDate: day(exposed), identifiedDate: day(exposed + 1) })] }, { now }));
      } else if (r < 0.65) {
        const c = pick(await contacts());
        if (!c) continue;
        const tests = await prisma().scheduledTest.findMany({ where: { plan: { contactId: c.id, active: true }, date: { lte: now } }, select: { date: true } });
        const t = pick(tests);
        if (!t) continue;
        await attempt(() => recordTestResult(staff(c.countyCode), c.id, { sampleDate: fromDbDate(t.date), result: positive ? "POSITIVE" : "NEGATIVE" }, { now }));
      } else if (r < 0.72) {
        // All of a plan's tests negative, then release on its release date (or refused if later than today).
        const c = pick(await contacts());
        if (!c) continue;
        const plan = await prisma().isolationPlan.findFirst({ where: { contactId: c.id, active: true }, select: { releaseDate: true, tests: { select: { date: true } } } });
        if (!plan) continue;
        for (const t of plan.tests) await attempt(() => recordTestResult(staff(c.countyCode), c.id, { sampleDate: fromDbDate(t.date), result: "NEGATIVE" }, { now }));
        await attempt(() => releaseContact(staff(c.countyCode), c.id, { date: fromDbDate(plan.releaseDate) }, { now }));
      } else if (r < 0.77) {
        const c = pick(await contacts());
        if (c) await attempt(() => reclassifyContact(staff(c.countyCode), c.id, { reason: "源病例排除" }, { now }));
      } else if (r < 0.83) {
        const c = pick(await contacts({ countyCode: MAERKANG }));
        if (!c) continue;
        await attempt(async () => {
          const t = await requestTransfer(u.mk, c.id, { toCountyCode: WENCHUAN, reason: "居住地在汶川" }, { now });
          await answerTransfer(u.wc, t.id, { accept: random() < 0.8 }, { now });
        });
      } else if (r < 0.88) {
        // Two registrations of one person without documents, found to be the same.
        const source = pick(cases.filter((c) => c.county === county));
        if (!source) continue;
        await attempt(() => registerContacts(staff(county), source.id, { contacts: [closeRow({ idNumber: undefined, name: `重复${step}甲`, lastExposureDate: day(8), identifiedDate: day(9) })] }, { now }));
        await attempt(() => registerContacts(staff(county), source.id, { contacts: [closeRow({ idNumber: undefined, name: `重复${step}乙`, lastExposureDate: day(10), identifiedDate: day(10) })] }, { now }));
        const both = (await contacts({ countyCode: county })).slice(-2);
        if (both.length < 2) continue;
        await attempt(() => mergePersons(staff(county), { keepPersonId: both[0]!.personId, mergePersonId: both[1]!.personId }, { now }));
      } else if (r < 0.94) {
        const c = pick(await contacts({ category: "CLOSE" }));
        if (c) await attempt(() => assignSite(staff(c.countyCode), c.id, { siteId: sites[c.countyCode as keyof typeof sites] }, { now }));
      } else {
        const c = pick(await contacts());
        if (!c) continue;
        const phase = await prisma().planPhase.findFirst({ where: { plan: { contactId: c.id, active: true } }, orderBy: { seq: "desc" }, select: { kind: true, endDate: true } });
        if (phase) await attempt(() => extendPhase(staff(c.countyCode), c.id, { phase: phase.kind, newEndDate: addDays(fromDbDate(phase.endDate), 3), reason: "复核延长" }, { now }));
      }
      if (step === 35) {
        const mid = await factsAndRecount();
        expect(mid.facts).toEqual(mid.recount);
      }
    }

    const statuses = await prisma().contact.groupBy({ by: ["status"], _count: { _all: true } });
    const { facts, recount } = await factsAndRecount();
    // The sequence did real work of every kind, not only refusals.
    expect(done).toBeGreaterThan(40);
    expect(refused).toBeGreaterThan(0);
    expect(statuses.map((s) => s.status).sort()).toEqual(expect.arrayContaining(["ACTIVE", "BECAME_CASE", "RELEASED", "MERGED"]));
    expect(facts.length).toBeGreaterThan(50);
    expect(facts).toEqual(recount);
  }, 300_000);

  it("rebuilds to the same facts", async () => {
    const before = await factsAndRecount();
    await prisma().$executeRaw`SELECT dash_rebuild()`;
    const after = await factsAndRecount();
    expect(after.facts).toEqual(before.facts);
  });
});
