// A known small outbreak, every dashboard figure and series point checked by hand, for the
// prefecture and for 马尔康市, on 03-05 and 03-10 (docs/decisions/0007-dashboard-facts.md).
//
// 马尔康市: case A (confirmed 03-02); case B (asymptomatic, 03-05).
//   c1, c2 close contacts of A (exposed 03-01, identified 03-02): CI 03-02..03-15, tests 02 05 08 15 …
//   g1 general contact of A (exposed 03-01, identified 03-03): MO 03-03..03-15, tests 03 (intake) 15
//   s1 secondary of c1 (exposed 03-02, identified 03-03): HI 03-03..03-16, tests 03 06 09 16
//   c1 negative 02 and 05, placed in a site on 03-02; c2 negative 02, positive 05 → case C (03-05);
//   s1 negative 03.
// 汶川县: case W (03-04); w1 close (exposed 03-03, identified 03-04): CI 03-04..03-17, tests 04 07 10 …;
//   negative 04 and 07.
import { beforeAll, describe, expect, it } from "vitest";
import { registerCase } from "@/lib/cases/register-case";
import { registerContacts } from "@/lib/contacts/register-contacts";
import { registerSecondaryContacts } from "@/lib/contacts/register-secondary-contacts";
import { recordTestResult } from "@/lib/lab-results/record-test-result";
import { createSite } from "@/lib/sites/create-site";
import { assignSite } from "@/lib/sites/assign-site";
import { getCountyFigures } from "@/lib/dashboard/county-figures";
import { getDashboardSeries } from "@/lib/dashboard/get-series";
import { at, caseBody, closeRow, expectAppError, MAERKANG, seedFixtures, WENCHUAN, type Users } from "../registry/fixtures";

let u: Users;
const now = at("2026-03-10");

beforeAll(async () => {
  u = await seedFixtures();
  const on = (d: string) => ({ now: at(d) });
  const a = await registerCase(u.mk, caseBody({ name: "已知病例甲", confirmedDate: "2026-03-02" }), on("2026-03-02"));
  const [c1, c2] = (
    await registerContacts(u.mk, a.id, { contacts: [closeRow({ name: "已知密接一" }), closeRow({ name: "已知密接二" })] }, on("2026-03-02"))
  ).contacts.map((c) => c.id) as [string, string];
  await registerContacts(u.mk, a.id, { contacts: [closeRow({ name: "已知一般", category: "GENERAL", identifiedDate: "2026-03-03" })] }, on("2026-03-03"));
  const s1 = (
    await registerSecondaryContacts(u.mk, c1, { contacts: [closeRow({ name: "已知次密", category: undefined, lastExposureDate: "2026-03-02", identifiedDate: "2026-03-03" })] }, on("2026-03-03"))
  ).contacts[0]!.id;
  const site = await createSite(u.mk, { name: "已知隔离点", capacity: 5 });
  await assignSite(u.mk, c1, { siteId: site.id }, on("2026-03-02"));
  await recordTestResult(u.mk, c1, { sampleDate: "2026-03-02", result: "NEGATIVE" }, on("2026-03-02"));
  await recordTestResult(u.mk, c2, { sampleDate: "2026-03-02", result: "NEGATIVE" }, on("2026-03-02"));
  await recordTestResult(u.mk, s1, { sampleDate: "2026-03-03", result: "NEGATIVE" }, on("2026-03-03"));
  await registerCase(u.mk, caseBody({ name: "已知病例乙", classification: "ASYMPTOMATIC", confirmedDate: "2026-03-05" }), on("2026-03-05"));
  await recordTestResult(u.mk, c1, { sampleDate: "2026-03-05", result: "NEGATIVE" }, on("2026-03-05"));
  await recordTestResult(u.mk, c2, { sampleDate: "2026-03-05", result: "POSITIVE" }, on("2026-03-05"));

  const w = await registerCase(u.wc, caseBody({ name: "已知汶川", countyCode: WENCHUAN, confirmedDate: "2026-03-04" }), on("2026-03-04"));
  const w1 = (await registerContacts(u.wc, w.id, { contacts: [closeRow({ name: "已知汶川密接", lastExposureDate: "2026-03-03", identifiedDate: "2026-03-04" })] }, on("2026-03-04"))).contacts[0]!.id;
  await createSite(u.wc, { name: "已知汶川点", capacity: 10 });
  await recordTestResult(u.wc, w1, { sampleDate: "2026-03-04", result: "NEGATIVE" }, on("2026-03-04"));
  await recordTestResult(u.wc, w1, { sampleDate: "2026-03-07", result: "NEGATIVE" }, on("2026-03-07"));
});

const none = { closeContacts: 0, within24h: 0, share: null };

describe("the figures of a known outbreak", () => {
  it("for 马尔康市 on 03-05", async () => {
    const f = (await getCountyFigures(u.official, { date: "2026-03-05", county: MAERKANG }, { now })).counties[0]!;
    expect(f).toMatchObject({
      countyCode: MAERKANG,
      newCases: { CONFIRMED: 1, ASYMPTOMATIC: 1, total: 2 }, // B, and C escalated from c2
      casesToDate: { CONFIRMED: 2, ASYMPTOMATIC: 1, total: 3 },
      cases: { CONFIRMED: 2, ASYMPTOMATIC: 1, total: 3, newOnDate: 2 },
      contactsRegistered: { CLOSE: 0, SECONDARY: 0, GENERAL: 0, total: 0 },
      activeContacts: { CLOSE: 1, SECONDARY: 1, GENERAL: 1, total: 3 }, // c2 left management on 03-05
      phases: { CENTRALIZED_ISOLATION: 1, HOME_HEALTH_MONITORING: 0, HOME_ISOLATION: 1, MEDICAL_OBSERVATION: 1 },
      tracing: { ...none, medianHours: null },
      placement: none,
      tests: { due: 1, done: 1, open: 0, completion: 1 }, // c1's day 4; c2's is its positive, not due
      testsDue: 0,
      testsOverdue: 1, // g1's intake test of 03-03
      transfersDue: 0,
      releasesDue: 0,
      releases: 0,
      becameCases: { onDate: 1, closeToDate: 1, shareOfClose: 0.5 },
      occupancy: 1,
      sites: { count: 1, capacity: 5, occupancy: 1 },
    });
  });

  it("for 马尔康市 on 03-10", async () => {
    const f = (await getCountyFigures(u.mk, { date: "2026-03-10" }, { now })).counties[0]!;
    expect(f).toMatchObject({
      newCases: { CONFIRMED: 0, ASYMPTOMATIC: 0, total: 0 },
      casesToDate: { CONFIRMED: 2, ASYMPTOMATIC: 1, total: 3 },
      activeContacts: { CLOSE: 1, SECONDARY: 1, GENERAL: 1, total: 3 },
      phases: { CENTRALIZED_ISOLATION: 1, HOME_HEALTH_MONITORING: 0, HOME_ISOLATION: 1, MEDICAL_OBSERVATION: 1 },
      tests: { due: 0, done: 0, open: 0, completion: null },
      testsOverdue: 4, // c1 03-08, g1 03-03, s1 03-06 and 03-09
      becameCases: { onDate: 0, closeToDate: 1, shareOfClose: 0.5 },
      occupancy: 1,
    });
  });

  it("for the prefecture on 03-05 and 03-10", async () => {
    const d1 = (await getCountyFigures(u.official, { date: "2026-03-05" }, { now })).totals;
    expect(d1).toMatchObject({
      newCases: { CONFIRMED: 1, ASYMPTOMATIC: 1, total: 2 },
      casesToDate: { CONFIRMED: 3, ASYMPTOMATIC: 1, total: 4 },
      activeContacts: { CLOSE: 2, SECONDARY: 1, GENERAL: 1, total: 4 },
      phases: { CENTRALIZED_ISOLATION: 2, HOME_HEALTH_MONITORING: 0, HOME_ISOLATION: 1, MEDICAL_OBSERVATION: 1 },
      tests: { due: 1, done: 1, open: 0, completion: 1 },
      testsOverdue: 1,
      becameCases: { onDate: 1, closeToDate: 1, shareOfClose: 0.3333 }, // 1 of c1, c2, w1
      sites: { count: 2, capacity: 15, occupancy: 1 },
    });
    const d2 = (await getCountyFigures(u.official, { date: "2026-03-10" }, { now })).totals;
    expect(d2).toMatchObject({
      activeContacts: { CLOSE: 2, SECONDARY: 1, GENERAL: 1, total: 4 },
      tests: { due: 1, done: 0, open: 1, completion: 0 }, // w1's day 7… day 10 (03-10), no result yet
      testsDue: 1,
      testsOverdue: 4,
    });
  });

  it("gives the same numbers as a daily series, point by point", async () => {
    const mk = await getDashboardSeries(u.mk, { from: "2026-03-01", to: "2026-03-10" }, { now });
    expect(mk.points.map((p) => p.date)).toEqual(Array.from({ length: 10 }, (_, i) => `2026-03-${String(i + 1).padStart(2, "0")}`));
    const of = <T,>(pick: (p: (typeof mk.points)[number]) => T) => mk.points.map(pick);
    expect(of((p) => p.newCases.total)).toEqual([0, 1, 0, 0, 2, 0, 0, 0, 0, 0]);
    expect(of((p) => p.contactsRegistered.total)).toEqual([0, 2, 2, 0, 0, 0, 0, 0, 0, 0]);
    expect(of((p) => p.phases.CENTRALIZED_ISOLATION)).toEqual([0, 2, 2, 2, 1, 1, 1, 1, 1, 1]);
    expect(of((p) => p.phases.HOME_ISOLATION + p.phases.MEDICAL_OBSERVATION)).toEqual([0, 0, 2, 2, 2, 2, 2, 2, 2, 2]);
    expect(of((p) => p.tests.due)).toEqual([0, 2, 2, 0, 1, 1, 0, 1, 1, 0]);
    expect(of((p) => p.tests.done)).toEqual([0, 2, 1, 0, 1, 0, 0, 0, 0, 0]);
    expect(of((p) => p.testsOverdue)).toEqual([0, 0, 0, 1, 1, 1, 2, 2, 3, 4]);
    // Close contacts of 03-02: both registered within seconds of their case, c1 placed at once.
    expect(mk.points[1]!.tracing).toEqual({ closeContacts: 2, within24h: 2, share: 1, medianHours: 0 });
    expect(mk.points[1]!.placement).toEqual({ closeContacts: 2, within24h: 1, share: 0.5 });
    const day5 = (await getCountyFigures(u.mk, { date: "2026-03-05" }, { now })).counties[0]!;
    const { date, ...point } = mk.points[4]!;
    expect(day5).toMatchObject(point);
    expect(date).toBe(day5.date);

    const all = await getDashboardSeries(u.official, { from: "2026-03-01", to: "2026-03-10", byCounty: "1" }, { now });
    expect(all.points.map((p) => p.contactsRegistered.total)).toEqual([0, 2, 2, 1, 0, 0, 0, 0, 0, 0]);
    expect(all.points.map((p) => p.newCases.total)).toEqual([0, 1, 0, 1, 2, 0, 0, 0, 0, 0]);
    expect(all.counties!.map((c) => [c.countyCode, c.points.reduce((n, p) => n + p.newCases.total, 0)])).toEqual([
      [MAERKANG, 3],
      [WENCHUAN, 1],
    ]);
  });

  it("defaults to the 28 days up to today and refuses bad ranges", async () => {
    const s = await getDashboardSeries(u.official, {}, { now });
    expect([s.from, s.to, s.points.length]).toEqual(["2026-02-11", "2026-03-10", 28]);
    await expectAppError(getDashboardSeries(u.official, { from: "2026-03-10", to: "2026-03-01" }, { now }), "VALIDATION");
    await expectAppError(getDashboardSeries(u.official, { from: "2025-01-01", to: "2026-03-01" }, { now }), "VALIDATION");
    // County staff reach their own county only; another county is 404 like any record of it.
    await expectAppError(getDashboardSeries(u.mk, { county: WENCHUAN }, { now }), "NOT_FOUND");
    await expectAppError(getCountyFigures(u.wc, { county: MAERKANG }, { now }), "NOT_FOUND");
  });
});
