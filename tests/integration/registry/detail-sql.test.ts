// The contact and case reads in one statement (lib/contacts/contact-detail-sql.ts,
// lib/cases/case-detail-sql.ts; ADR 0028) answer exactly what the query builder's includes
// answered: every contact of a small outbreak with plans, extensions, results with Ct values,
// health checks with notes, a site, secondaries and a contact that became a case, and every case
// with its track and contacts — for staff, for an official (masked), and nothing for another county.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/user";
import { registerCase } from "@/lib/cases/register-case";
import { registerContacts } from "@/lib/contacts/register-contacts";
import { registerSecondaryContacts } from "@/lib/contacts/register-secondary-contacts";
import { extendPhase } from "@/lib/contacts/extend-phase";
import { recordTestResult } from "@/lib/lab-results/record-test-result";
import { recordHealthCheck } from "@/lib/health/record-health-check";
import { createSite } from "@/lib/sites/create-site";
import { assignSite } from "@/lib/sites/assign-site";
import { contactDetail, type ContactDetailRow } from "@/lib/contacts/contact-view";
import { selectContactDetail } from "@/lib/contacts/contact-detail-sql";
import { getContact } from "@/lib/contacts/get-contact";
import { getCase } from "@/lib/cases/get-case";
import { addTrackEntry } from "@/lib/cases/add-track-entry";
import { removeTrackEntry } from "@/lib/cases/remove-track-entry";
import { caseView, trackEntryView } from "@/lib/cases/case-view";
import { contactSummary } from "@/lib/contacts/contact-view";
import { fromDbDate } from "@/lib/calendar";
import { addDays } from "@/lib/isolation/dates";
import { at, caseBody, closeRow, expectAppError, MAERKANG, seedFixtures, type Users } from "./fixtures";

const now = at("2026-03-12");
let u: Users;

/** The read as the query builder did it before (one statement per relation): the reference. */
function byInclude(id: string, countyCode: string | null): Promise<ContactDetailRow | null> {
  return prisma().contact.findFirst({
    where: { id, ...(countyCode ? { countyCode } : {}) },
    include: {
      person: true,
      site: true,
      plans: { where: { active: true }, include: { phases: true, tests: true, extensions: { orderBy: { createdAt: "asc" } } } },
      testResults: { orderBy: [{ sampleDate: "asc" }, { createdAt: "asc" }] },
      healthChecks: { orderBy: [{ date: "asc" }, { slot: "asc" }] },
      resultingCase: { select: { id: true } },
      secondaries: { select: { id: true }, orderBy: { createdAt: "asc" } },
    },
  });
}

beforeAll(async () => {
  u = await seedFixtures();
  const source = await registerCase(u.mk, caseBody({ confirmedDate: "2026-03-02" }), { now });
  const [a, b, c] = (
    await registerContacts(
      u.mk,
      source.id,
      {
        contacts: [
          closeRow({ name: "全量甲", phone: "13900001111", address: "马尔康市达萨街 1 号", lastExposureDate: "2026-03-01", identifiedDate: "2026-03-02" }),
          closeRow({ name: "全量乙", lastExposureDate: "2026-03-01", identifiedDate: "2026-03-03" }),
          closeRow({ name: "一般丙", category: "GENERAL", idNumber: undefined, phone: "13900002222", lastExposureDate: "2026-03-02", identifiedDate: "2026-03-02" }),
        ],
      },
      { now },
    )
  ).contacts;
  const site = await createSite(u.mk, { name: "详情隔离点", capacity: 10 });
  await assignSite(u.mk, a!.id, { siteId: site.id }, { now });
  const tests = (id: string) => prisma().scheduledTest.findMany({ where: { plan: { contactId: id, active: true } }, orderBy: { date: "asc" } });
  const [first, second] = await tests(a!.id);
  await recordTestResult(u.mk, a!.id, { sampleDate: fromDbDate(first!.date), result: "NEGATIVE", doubleSample: true, lab: "州疾控", ctOrf1ab: 38.5, ctN: 40 }, { now });
  await recordTestResult(u.mk, a!.id, { sampleDate: fromDbDate(second!.date), result: "PENDING" }, { now });
  await recordHealthCheck(u.mk, a!.id, { date: "2026-03-11", slot: "EVENING", temperature: 37.4, symptoms: ["咳嗽"], note: "夜间咳嗽，电话 13900001111" }, { now });
  await recordHealthCheck(u.mk, a!.id, { date: "2026-03-11", slot: "MORNING", temperature: 36.5 }, { now });
  const phase = await prisma().planPhase.findFirstOrThrow({ where: { plan: { contactId: a!.id, active: true } }, orderBy: { seq: "asc" } });
  await extendPhase(u.mk, a!.id, { phase: phase.kind, newEndDate: addDays(fromDbDate(phase.endDate), 3), reason: "复核延长" }, { now });
  await registerSecondaryContacts(u.mk, a!.id, { contacts: [closeRow({ category: undefined, name: "次密丁", lastExposureDate: "2026-03-05", identifiedDate: "2026-03-06" })] }, { now });
  // A positive makes b a case: its record then points to the case it became.
  const [bFirst] = await tests(b!.id);
  await recordTestResult(u.mk, b!.id, { sampleDate: fromDbDate(bFirst!.date), result: "POSITIVE" }, { now });
  void c;
  await addTrackEntry(u.mk, source.id, { date: "2026-02-28", place: "马尔康市农贸市场", activity: "购物" }, { now });
  const gone = await addTrackEntry(u.mk, source.id, { date: "2026-02-27", place: "误录地点" }, { now });
  await addTrackEntry(u.mk, source.id, { date: "2026-02-26", place: "马尔康市客运站" }, { now });
  await removeTrackEntry(u.mk, gone.id, { now });
});

/** The case read as the query builder did it before (nine statements): the reference. */
async function caseByInclude(user: SessionUser, id: string) {
  const db = prisma();
  const scope = user.countyCode ? { countyCode: user.countyCode } : {};
  const c = await db.case.findFirstOrThrow({ where: { id, ...scope }, include: { person: true } });
  const include = { person: true, plans: { where: { active: true }, select: { releaseDate: true } } } as const;
  const order = [{ identifiedDate: "asc" as const }, { createdAt: "asc" as const }];
  const track = await db.caseTrackEntry.findMany({ where: { caseId: c.id, removedAt: null }, orderBy: [{ date: "asc" }, { id: "asc" }] });
  const direct = await db.contact.findMany({ where: { ...scope, sourceCaseId: c.id }, include, orderBy: order });
  const directIds = direct.map((x) => x.id);
  const secondaries = await db.contact.findMany({ where: { ...scope, category: "SECONDARY", sourceContactId: { in: directIds } }, include, orderBy: order });
  const contacts = [...direct, ...secondaries.filter((x) => !directIds.includes(x.id))];
  const view = (row: (typeof contacts)[number]) => ({ ...contactSummary(user, row), releaseDate: row.plans[0] ? fromDbDate(row.plans[0].releaseDate) : null });
  return {
    ...caseView(user, c),
    track: track.map((e) => trackEntryView(user, e)),
    contacts: {
      close: contacts.filter((x) => x.category === "CLOSE").map(view),
      general: contacts.filter((x) => x.category === "GENERAL").map(view),
      secondary: contacts.filter((x) => x.category === "SECONDARY").map(view),
    },
  };
}

describe("the contact read in one statement", () => {
  it("answers what the include answered, for every contact, to staff and to an official", async () => {
    const all = await prisma().contact.findMany({ select: { id: true }, orderBy: { createdAt: "asc" } });
    expect(all.length).toBe(4);
    let withEverything = 0;
    for (const { id } of all) {
      for (const user of [u.mk, u.official] as SessionUser[]) {
        const county = user.countyCode ?? null;
        const [mine, reference] = await Promise.all([selectContactDetail(prisma(), id, county), byInclude(id, county)]);
        expect(reference).not.toBeNull();
        expect(contactDetail(user, mine!)).toEqual(contactDetail(user, reference!));
      }
      const row = await selectContactDetail(prisma(), id, MAERKANG);
      if (row!.site && row!.plans[0]!.extensions.length && row!.testResults.length && row!.healthChecks.length && row!.secondaries.length) withEverything += 1;
    }
    // The comparison covered a contact with every relation filled in, and one that became a case.
    expect(withEverything).toBe(1);
    const became = await prisma().contact.findFirstOrThrow({ where: { status: "BECAME_CASE" } });
    expect((await getContact(u.mk, became.id)).resultingCaseId).toEqual(expect.any(String));
    const detailed = await getContact(u.mk, (await prisma().contact.findFirstOrThrow({ where: { siteId: { not: null } } })).id);
    expect(detailed.testResults[0]).toMatchObject({ result: "NEGATIVE", ctOrf1ab: 38.5, ctN: 40, doubleSample: true });
    expect(detailed.healthChecks.map((h) => [h.slot, h.temperature])).toEqual([
      ["MORNING", 36.5],
      ["EVENING", 37.4],
    ]);
  });

  it("finds nothing in another county", async () => {
    const kase = await prisma().case.findFirstOrThrow();
    await expectAppError(getCase(u.wc, kase.id), "NOT_FOUND");
    const any = await prisma().contact.findFirstOrThrow();
    expect(await selectContactDetail(prisma(), any.id, "513221")).toBeNull();
    await expectAppError(getContact(u.wc, any.id), "NOT_FOUND");
  });
});

describe("the case read in one statement", () => {
  it("answers what the includes answered, for every case, to staff and to an official", async () => {
    const cases = await prisma().case.findMany({ select: { id: true } });
    expect(cases.length).toBe(2); // the source case and the case a contact became
    for (const { id } of cases) {
      for (const user of [u.mk, u.official] as SessionUser[]) expect(await getCase(user, id)).toEqual(await caseByInclude(user, id));
    }
    const source = await getCase(u.mk, (await prisma().case.findFirstOrThrow({ where: { sourceContactId: null } })).id);
    expect(source.track.map((e) => e.place)).toEqual(["马尔康市客运站", "马尔康市农贸市场"]);
    expect([source.contacts.close.length, source.contacts.general.length, source.contacts.secondary.length]).toEqual([2, 1, 1]);
    expect(source.contacts.close.map((x) => [x.status, x.releaseDate])).toEqual([
      ["ACTIVE", expect.any(String)],
      ["BECAME_CASE", expect.any(String)],
    ]);
  });
});
