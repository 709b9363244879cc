// Set-based registration (docs/decisions/0025-set-based-registration.md): a batch of 500 rows is
// written by one statement per table, with the same rules, answers and audit as before —
// mixed identity cases in one batch, sites chosen per row and refused per row when full, and
// nothing written when any row is refused.
import { beforeAll, describe, expect, it } from "vitest";
import { registerCase } from "@/lib/cases/register-case";
import { getContact } from "@/lib/contacts/get-contact";
import { registerContacts } from "@/lib/contacts/register-contacts";
import { prisma } from "@/lib/db";
import { createSite } from "@/lib/sites/create-site";
import { at, caseBody, closeRow, expectAppError, nextId, seedFixtures, WENCHUAN, type Users } from "../registry/fixtures";

const now = at("2026-03-10");
let u: Users;
let caseA: string;
let caseB: string;
beforeAll(async () => {
  u = await seedFixtures();
  caseA = (await registerCase(u.mk, caseBody({ confirmedDate: "2026-03-01" }), { now })).id;
  caseB = (await registerCase(u.mk, caseBody({ confirmedDate: "2026-03-05" }), { now })).id;
});

const counts = async () => ({
  persons: await prisma().person.count(),
  contacts: await prisma().contact.count(),
  plans: await prisma().isolationPlan.count(),
  phases: await prisma().planPhase.count(),
  tests: await prisma().scheduledTest.count(),
  audit: await prisma().auditEvent.count(),
});

describe("a batch of 500 rows", () => {
  it("creates every person, contact, plan, phase, test and audit event, answering each row in order", async () => {
    const before = await counts();
    const rows = Array.from({ length: 500 }, (_, i) =>
      closeRow({ name: `批量${i}`, category: i % 5 === 0 ? "GENERAL" : "CLOSE", address: `达萨街${i}号`, exposureSetting: i % 2 ? "MEAL" : undefined }),
    );
    const { contacts } = await registerContacts(u.mk, caseA, { contacts: rows }, { now });
    expect(contacts).toHaveLength(500);
    expect(contacts.map((c) => c.category)).toEqual(rows.map((r) => r.category));
    expect(new Set(contacts.map((c) => c.id)).size).toBe(500);
    const after = await counts();
    const close = rows.filter((r) => r.category === "CLOSE").length;
    expect(after.persons - before.persons).toBe(500);
    expect(after.contacts - before.contacts).toBe(500);
    expect(after.plans - before.plans).toBe(500);
    // Close: two phases, six tests (days 1 4 7 14 16 21, identified on day 1); general: one phase, two tests.
    expect(after.phases - before.phases).toBe(close * 2 + (500 - close));
    expect(after.tests - before.tests).toBe(close * 6 + (500 - close) * 2);
    expect(after.audit - before.audit).toBe(500);

    // What is stored reads back as what was answered (the answer is built without reading back).
    for (const i of [0, 1, 250, 499]) {
      const stored = await getContact(u.mk, contacts[i]!.id, { now });
      expect(stored.plan).toMatchObject({ phases: contacts[i]!.plan.phases, tests: contacts[i]!.plan.tests, releaseDate: contacts[i]!.plan.releaseDate });
      expect(stored.person).toMatchObject({ name: `批量${i}`, address: `达萨街${i}号`, idNumber: rows[i]!.idNumber });
      expect(stored.exposureSetting).toBe(i % 2 ? "MEAL" : null);
      // Sex and birth date come from the resident ID (fixtures: born 1950-01-01 on).
      expect(stored.person.sex).not.toBeNull();
      expect(stored.person.birthDate).toMatch(/^19\d\d-01-01$/);
    }
    const general = await getContact(u.mk, contacts[0]!.id, { now });
    expect(general.riskNoticeDate).toBe(rows[0]!.identifiedDate);
    const audit = await prisma().auditEvent.findFirstOrThrow({ where: { action: "contact.register", entityId: contacts[1]!.id } });
    expect(audit).toMatchObject({ actorId: u.mk.id, actorName: u.mk.username, entity: "Contact", countyCode: "513201" });
    expect(audit.after).toMatchObject({ category: "CLOSE", status: "ACTIVE", sourceCaseId: caseA, plan: { releaseDate: contacts[1]!.plan.releaseDate } });
  });

  it("handles new people, a known person, a re-exposure to merge and another county's person in one batch", async () => {
    const known = nextId();
    const running = nextId();
    const elsewhere = nextId();
    // 汶川 manages one person; 马尔康 runs a plan for another and knows a third from its records.
    await registerContacts(u.wc, (await registerCase(u.wc, caseBody({ countyCode: WENCHUAN }), { now })).id, { contacts: [closeRow({ idNumber: elsewhere, name: "汶川管" })] }, { now });
    const first = await registerContacts(u.mk, caseA, { contacts: [closeRow({ idNumber: running, name: "在管" })] }, { now });
    await prisma().person.create({ data: { countyCode: "513201", name: "老档案", idNumber: known, identityKey: `RESIDENT_ID:${known}` } });

    const rows = [
      ...Array.from({ length: 40 }, (_, i) => closeRow({ name: `新人${i}` })),
      closeRow({ idNumber: known, name: "老档案", phone: "13912345678" }),
      closeRow({ idNumber: running, name: "在管", lastExposureDate: "2026-03-06", identifiedDate: "2026-03-07", onDuplicate: "MERGE" }),
      closeRow({ idNumber: elsewhere, name: "外县" }),
    ];
    const { contacts } = await registerContacts(u.mk, caseB, { contacts: rows }, { now });
    expect(contacts.slice(0, 40).every((c) => c.status === "ACTIVE" && c.matches.length === 0)).toBe(true);
    expect(contacts[40]).toMatchObject({ status: "ACTIVE", matches: [expect.objectContaining({ kind: "HISTORY" })] });
    expect((await prisma().person.findFirstOrThrow({ where: { identityKey: `RESIDENT_ID:${known}` } })).phone).toBe("13912345678");
    expect(contacts[41]).toMatchObject({ status: "MERGED", mergedIntoContactId: first.contacts[0]!.id, plan: { releaseDate: "2026-03-27" } });
    expect(contacts[42]).toMatchObject({ status: "ACTIVE", assistRequests: [expect.objectContaining({ countyCode: WENCHUAN })] });
  });

  it("refuses the whole batch for one open case (ALREADY_A_CASE) and writes nothing", async () => {
    const caseId = nextId();
    await registerCase(u.mk, caseBody({ idNumber: caseId, name: "病例本人" }), { now });
    const before = await counts();
    const rows = [...Array.from({ length: 300 }, (_, i) => closeRow({ name: `全或无${i}` })), closeRow({ idNumber: caseId, name: "病例本人" })];
    const e = await expectAppError(registerContacts(u.mk, caseA, { contacts: rows }, { now }), "ALREADY_A_CASE");
    expect(e.fields).toEqual([expect.objectContaining({ path: "contacts.300.idNumber" })]);
    expect(await counts()).toEqual(before);
  });
});

describe("sites chosen on the rows", () => {
  it("places each row in its site, and refuses the rows beyond a site's free rooms (nothing saved)", async () => {
    const small = await createSite(u.mk, { name: "网格测试隔离点", capacity: 3 });
    const large = await createSite(u.mk, { name: "网格测试大隔离点", capacity: 100 });
    const before = await counts();
    const over = Array.from({ length: 5 }, (_, i) => closeRow({ name: `满员${i}`, siteId: i < 4 ? small.id : large.id }));
    const e = await expectAppError(registerContacts(u.mk, caseA, { contacts: over }, { now }), "CONFLICT", "registry.errors.siteFull");
    expect(e.fields).toEqual([{ path: "contacts.3.siteId", key: "registry.errors.siteFull", values: { name: "网格测试隔离点", capacity: 3, row: 4 } }]);
    expect(await counts()).toEqual(before);

    const ok = Array.from({ length: 4 }, (_, i) => closeRow({ name: `入住${i}`, siteId: i < 3 ? small.id : large.id }));
    const { contacts } = await registerContacts(u.mk, caseA, { contacts: ok }, { now });
    const stored = await prisma().contact.findMany({ where: { id: { in: contacts.map((c) => c.id) } }, select: { id: true, siteId: true } });
    expect(stored.filter((c) => c.siteId === small.id)).toHaveLength(3);
    expect(stored.filter((c) => c.siteId === large.id)).toHaveLength(1);
    const audit = await prisma().auditEvent.findFirstOrThrow({ where: { action: "contact.register", entityId: contacts[0]!.id } });
    expect(audit.after).toMatchObject({ siteId: small.id });
    // Full now: one more row is refused at its own cell.
    await expectAppError(registerContacts(u.mk, caseA, { contacts: [closeRow({ siteId: small.id })] }, { now }), "CONFLICT", "registry.errors.siteFull");
  });

  it("refuses another county's site and an inactive one, per row", async () => {
    const theirs = await createSite(u.wc, { name: "汶川网格隔离点", capacity: 5 });
    const e = await expectAppError(registerContacts(u.mk, caseA, { contacts: [closeRow(), closeRow({ siteId: theirs.id })] }, { now }), "VALIDATION");
    expect(e.fields).toEqual([expect.objectContaining({ path: "contacts.1.siteId", key: "registry.errors.siteOtherCounty" })]);
  });
});
