import { beforeAll, describe, expect, it } from "vitest";
import { registerCase } from "@/lib/cases/register-case";
import { reclassifyContact } from "@/lib/contacts/reclassify-contact";
import { registerContacts } from "@/lib/contacts/register-contacts";
import { registerSecondaryContacts } from "@/lib/contacts/register-secondary-contacts";
import { getCountyFigures } from "@/lib/dashboard/county-figures";
import { assignSite } from "@/lib/sites/assign-site";
import { createSite } from "@/lib/sites/create-site";
import { updateSite } from "@/lib/sites/update-site";
import { recordTestResult } from "@/lib/lab-results/record-test-result";
import { at, caseBody, closeRow, expectAppError, MAERKANG, seedFixtures, WENCHUAN, type Users } from "../registry/fixtures";

const now = at("2026-03-08");
let u: Users;
const ids: string[] = [];
const names = ["看板密接", "看板一般", "看板次密", "看板解除", "看板汶川"];

beforeAll(async () => {
  u = await seedFixtures();
  const a = await registerCase(u.mk, caseBody({ name: "看板病例甲", confirmedDate: "2026-03-02" }), { now });
  await registerCase(u.mk, caseBody({ name: "看板病例乙", classification: "ASYMPTOMATIC", confirmedDate: "2026-03-08" }), { now });
  const wcCase = await registerCase(u.wc, caseBody({ name: "看板病例丙", countyCode: WENCHUAN, confirmedDate: "2026-03-05" }), { now });

  const { contacts } = await registerContacts(
    u.mk,
    a.id,
    {
      contacts: [
        // CI 03-02..03-15, HHM 03-16..03-22; tests 02, 05, 08, 15, 17, 22.
        closeRow({ name: names[0] }),
        // Identified late: MO 03-06..03-15; tests 06 (intake), 15.
        closeRow({ name: names[1], category: "GENERAL", identifiedDate: "2026-03-06" }),
        // Ended early below: counted nowhere.
        closeRow({ name: names[3] }),
      ],
    },
    { now },
  );
  const [close, general, ended] = contacts.map((c) => c.id) as [string, string, string];
  // HI 03-04..03-17; tests 04, 07, 10, 17.
  const secondary = (
    await registerSecondaryContacts(u.mk, close, { contacts: [closeRow({ name: names[2], category: undefined, lastExposureDate: "2026-03-03", identifiedDate: "2026-03-04" })] }, { now })
  ).contacts[0]!.id;
  const wcContact = (await registerContacts(u.wc, wcCase.id, { contacts: [closeRow({ name: names[4], lastExposureDate: "2026-03-04", identifiedDate: "2026-03-05" })] }, { now })).contacts[0]!.id;
  ids.push(close, general, ended, secondary, wcContact, a.id, wcCase.id);

  await recordTestResult(u.mk, close, { sampleDate: "2026-03-02", result: "NEGATIVE" }, { now });
  await recordTestResult(u.mk, secondary, { sampleDate: "2026-03-04", result: "NEGATIVE" }, { now });
  await reclassifyContact(u.mk, ended, { reason: "源病例排除" }, { now });

  const site = await createSite(u.mk, { name: "看板隔离点", capacity: 5 });
  const closed = await createSite(u.mk, { name: "看板停用点", capacity: 3 });
  await updateSite(u.mk, closed.id, { version: closed.version, active: false });
  await createSite(u.wc, { name: "汶川看板点", capacity: 10 });
  await assignSite(u.mk, close, { siteId: site.id }, { now });
});

describe("getCountyFigures", () => {
  it("counts cases, active contacts, phases, open tests and sites of the staff member's county", async () => {
    const { date, counties, totals } = await getCountyFigures(u.mk, { date: "2026-03-08" }, { now });
    expect(date).toBe("2026-03-08");
    expect(counties).toHaveLength(1);
    const mk = counties[0]!;
    expect(mk).toMatchObject({
      countyCode: MAERKANG,
      nameZh: "马尔康市",
      nameEn: "Barkam",
      cases: { CONFIRMED: 1, ASYMPTOMATIC: 1, total: 2, newOnDate: 1 },
      activeContacts: { CLOSE: 1, SECONDARY: 1, GENERAL: 1, total: 3 },
      phases: { CENTRALIZED_ISOLATION: 1, HOME_HEALTH_MONITORING: 0, HOME_ISOLATION: 1, MEDICAL_OBSERVATION: 1 },
      testsDue: 1, // close contact, 03-08
      testsOverdue: 3, // close 03-05, general 03-06 (intake), secondary 03-07
      transfersDue: 0,
      releasesDue: 0,
      sites: { count: 1, capacity: 5, occupancy: 1 },
    });
    expect({ countyCode: MAERKANG, nameZh: "马尔康市", nameEn: "Barkam", ...totals }).toEqual(mk);
    // Registered on 03-02 (close, and the one ended early), 03-04 (secondary), 03-06 (general).
    expect(mk.contactsRegistered).toEqual({ CLOSE: 0, SECONDARY: 0, GENERAL: 0, total: 0 });
  });

  it("takes phases, transfers, releases and new cases on the given date", async () => {
    const early = (await getCountyFigures(u.mk, { date: "2026-03-03" }, { now })).counties[0]!;
    // The contact ended early on 03-08 was still under management on 03-03 (history is kept).
    expect(early.phases).toEqual({ CENTRALIZED_ISOLATION: 2, HOME_HEALTH_MONITORING: 0, HOME_ISOLATION: 0, MEDICAL_OBSERVATION: 0 });
    expect(early.cases).toEqual({ CONFIRMED: 1, ASYMPTOMATIC: 0, total: 1, newOnDate: 0 });

    const release = (await getCountyFigures(u.mk, { date: "2026-03-15" }, { now })).counties[0]!;
    expect(release.releasesDue).toBe(1); // the general contact
    expect(release.testsDue).toBe(2); // close (day 14) and general (day 14)

    const transfer = (await getCountyFigures(u.mk, { date: "2026-03-16" }, { now })).counties[0]!;
    expect(transfer.transfersDue).toBe(1);
    expect(transfer.phases.HOME_HEALTH_MONITORING).toBe(1);
    expect(transfer.phases.CENTRALIZED_ISOLATION).toBe(0);
  });

  it("defaults the date to today in the prefecture", async () => {
    expect((await getCountyFigures(u.mk, {}, { now })).date).toBe("2026-03-08");
  });

  it("gives officials every county and the totals, without personal data", async () => {
    const result = await getCountyFigures(u.official, { date: "2026-03-08" }, { now });
    expect(result.counties.map((c) => c.countyCode)).toEqual([MAERKANG, WENCHUAN]);
    const wc = result.counties[1]!;
    expect(wc.cases).toEqual({ CONFIRMED: 1, ASYMPTOMATIC: 0, total: 1, newOnDate: 0 });
    expect(wc.activeContacts).toEqual({ CLOSE: 1, SECONDARY: 0, GENERAL: 0, total: 1 });
    expect(wc.sites).toEqual({ count: 1, capacity: 10, occupancy: 0 });
    expect(result.totals.cases.total).toBe(3);
    expect(result.totals.activeContacts.total).toBe(4);
    expect(result.totals.sites).toEqual({ count: 2, capacity: 15, occupancy: 1 });
    const json = JSON.stringify(result);
    for (const s of [...names, ...ids, "看板病例"]) expect(json).not.toContain(s);
  });

  it("is scoped for county staff and refused to roles without dashboard:read", async () => {
    const wc = await getCountyFigures(u.wc, { date: "2026-03-08" }, { now });
    expect(wc.counties.map((c) => c.countyCode)).toEqual([WENCHUAN]);
    expect(wc.totals.cases.total).toBe(1);
    await expectAppError(getCountyFigures(u.admin, {}, { now }), "FORBIDDEN");
  });

  it("rejects an impossible date", async () => {
    const e = await expectAppError(getCountyFigures(u.mk, { date: "2026-02-30" }, { now }), "VALIDATION");
    expect(e.fields).toEqual([{ path: "date", key: "registry.errors.dateImpossible", values: { value: "2026-02-30" } }]);
  });
});
