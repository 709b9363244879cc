// docs/domain.md "Identity and privacy", inside one county: matches are decided before
// anything is saved, one running plan per person, a case is never put under a contact plan.
import { beforeAll, describe, expect, it } from "vitest";
import { registerCase } from "@/lib/cases/register-case";
import { getContact } from "@/lib/contacts/get-contact";
import { registerContacts } from "@/lib/contacts/register-contacts";
import { releaseContact } from "@/lib/contacts/release-contact";
import { registerSecondaryContacts } from "@/lib/contacts/register-secondary-contacts";
import { prisma } from "@/lib/db";
import { recordTestResult } from "@/lib/lab-results/record-test-result";
import { at, caseBody, closeRow, expectAppError, nextId, seedFixtures, type Users } from "../registry/fixtures";

const now = at("2026-03-10");
let u: Users;
let caseA: string;
let caseB: string;
beforeAll(async () => {
  u = await seedFixtures();
  caseA = (await registerCase(u.mk, caseBody({ confirmedDate: "2026-03-01" }), { now })).id;
  caseB = (await registerCase(u.mk, caseBody({ confirmedDate: "2026-03-05" }), { now })).id;
});

const counts = async () => ({ persons: await prisma().person.count(), contacts: await prisma().contact.count(), cases: await prisma().case.count(), plans: await prisma().isolationPlan.count() });

describe("a person already under a plan in this county", () => {
  it("is shown as a match and nothing is saved until the user decides", async () => {
    const id = nextId();
    const first = await registerContacts(u.mk, caseA, { contacts: [closeRow({ idNumber: id, name: "再暴露甲", lastExposureDate: "2026-03-01", identifiedDate: "2026-03-02" })] }, { now });
    const before = await counts();
    const e = await expectAppError(
      registerContacts(u.mk, caseB, { contacts: [closeRow(), closeRow({ idNumber: id, name: "再暴露甲", lastExposureDate: "2026-03-06", identifiedDate: "2026-03-07" })] }, { now }),
      "MATCHES_FOUND",
      "registry.errors.matchesFound",
    );
    expect(e.details.matches).toEqual([
      {
        row: 1,
        path: "contacts.1",
        needs: ["MERGE"],
        matches: [expect.objectContaining({ kind: "ACTIVE_PLAN", contactId: first.contacts[0]!.id, category: "CLOSE", releaseDate: "2026-03-22", differences: [] })],
      },
    ]);
    expect(await counts()).toEqual(before);
  });

  it("is merged as a re-exposure when the API says onDuplicate MERGE: one plan, recomputed, no second plan", async () => {
    const id = nextId();
    const first = await registerContacts(u.mk, caseA, { contacts: [closeRow({ idNumber: id, lastExposureDate: "2026-03-01", identifiedDate: "2026-03-02" })] }, { now });
    const { contacts } = await registerContacts(
      u.mk,
      caseB,
      { contacts: [closeRow({ idNumber: id, lastExposureDate: "2026-03-06", identifiedDate: "2026-03-07", onDuplicate: "MERGE" })] },
      { now },
    );
    const merged = contacts[0]!;
    expect(merged).toMatchObject({ status: "MERGED", mergedIntoContactId: first.contacts[0]!.id, personId: first.contacts[0]!.personId });
    // The running plan follows the later exposure (day N counted from 03-06, laid from the new
    // identification date 03-07; the earlier plan stays as history), ends never earlier.
    expect(merged.plan.releaseDate).toBe("2026-03-27");
    expect(merged.plan.phases).toEqual([
      { kind: "CENTRALIZED_ISOLATION", startDate: "2026-03-07", endDate: "2026-03-20" },
      { kind: "HOME_HEALTH_MONITORING", startDate: "2026-03-21", endDate: "2026-03-27" },
    ]);
    const running = await getContact(u.mk, first.contacts[0]!.id);
    expect(running).toMatchObject({ status: "ACTIVE", lastExposureDate: "2026-03-06", plan: { releaseDate: "2026-03-27" } });
    const person = first.contacts[0]!.personId;
    expect(await prisma().contact.count({ where: { personId: person, status: "ACTIVE" } })).toBe(1);
    expect(await prisma().isolationPlan.count({ where: { contact: { personId: person }, active: true } })).toBe(1);
    // The registration under case B is kept (case B lists it), pointing at the running record.
    const registration = await getContact(u.mk, merged.id);
    expect(registration).toMatchObject({ status: "MERGED", sourceCaseId: caseB, mergedIntoId: first.contacts[0]!.id, plan: null });
    const audit = await prisma().auditEvent.findFirst({ where: { action: "contact.absorb_exposure", entityId: first.contacts[0]!.id } });
    expect(audit?.after).toMatchObject({ mergedContactId: merged.id });
  });

  it("upgrades a secondary contact re-exposed as a close contact (the stricter category wins)", async () => {
    const close = await registerContacts(u.mk, caseA, { contacts: [closeRow({ lastExposureDate: "2026-03-03", identifiedDate: "2026-03-04" })] }, { now });
    const id = nextId();
    const sec = await registerSecondaryContacts(u.mk, close.contacts[0]!.id, { contacts: [{ name: "次密升级", idNumber: id, lastExposureDate: "2026-03-05", identifiedDate: "2026-03-06" }] }, { now });
    const { contacts } = await registerContacts(u.mk, caseB, { contacts: [closeRow({ idNumber: id, name: "次密升级", lastExposureDate: "2026-03-04", identifiedDate: "2026-03-08", onDuplicate: "MERGE" })] }, { now });
    const running = await getContact(u.mk, sec.contacts[0]!.id);
    expect(running).toMatchObject({ category: "CLOSE", previousCategory: "SECONDARY", sourceCaseId: caseB, lastExposureDate: "2026-03-04" });
    // 14+7 from 03-04, and nothing ends before the secondary plan's home isolation (03-19).
    expect(running.plan?.phases).toEqual([
      { kind: "CENTRALIZED_ISOLATION", startDate: "2026-03-08", endDate: "2026-03-19" },
      { kind: "HOME_HEALTH_MONITORING", startDate: "2026-03-20", endDate: "2026-03-26" },
    ]);
    expect(contacts[0]?.plan.releaseDate).toBe("2026-03-26");
  });
});

describe("a person who is a case in this county", () => {
  it("is refused as a contact with ALREADY_A_CASE, the row's path and a link to the case", async () => {
    const id = nextId();
    const c = await registerCase(u.mk, caseBody({ idNumber: id }), { now });
    const before = await counts();
    const e = await expectAppError(registerContacts(u.mk, caseA, { contacts: [closeRow(), closeRow({ idNumber: id, onDuplicate: "MERGE" })] }, { now }), "ALREADY_A_CASE");
    expect(e.fields).toEqual([{ path: "contacts.1.idNumber", key: "registry.errors.alreadyACase", values: { caseId: c.id, row: 2 } }]);
    expect(e.details.matches).toEqual([expect.objectContaining({ row: 1, refused: "ALREADY_A_CASE", matches: [expect.objectContaining({ kind: "OPEN_CASE", caseId: c.id })] })]);
    expect(await counts()).toEqual(before);
  });

  it("cannot be registered as a new case twice; nothing typed is saved over the record", async () => {
    const id = nextId();
    const c = await registerCase(u.mk, caseBody({ idNumber: id, name: "原病例", sex: "MALE", birthDate: "1950-01-01" }), { now });
    const before = await counts();
    const e = await expectAppError(registerCase(u.mk, caseBody({ idNumber: id, name: "另一个名字", sex: "FEMALE", birthDate: "1960-02-02" }), { now }), "ALREADY_A_CASE");
    expect(e.fields[0]).toMatchObject({ path: "idNumber", values: { caseId: c.id } });
    expect(e.details.matches).toEqual([expect.objectContaining({ matches: [expect.objectContaining({ kind: "OPEN_CASE", differences: ["name", "sex", "birthDate"] })] })]);
    expect(await counts()).toEqual(before);
    expect((await prisma().person.findUniqueOrThrow({ where: { id: c.person.id } })).name).toBe("原病例");
  });

  it("is not registered as a new case while under a contact plan here (the positive belongs on the contact)", async () => {
    const id = nextId();
    const reg = await registerContacts(u.mk, caseA, { contacts: [closeRow({ idNumber: id })] }, { now });
    const e = await expectAppError(registerCase(u.mk, caseBody({ idNumber: id }), { now }), "ACTIVE_CONTACT");
    expect(e.values).toMatchObject({ contactId: reg.contacts[0]!.id });
  });
});

describe("a person known to this county with nothing running", () => {
  it("gets a new plan on the same record, linked to the history", async () => {
    const id = nextId();
    const first = await registerContacts(u.mk, caseA, { contacts: [closeRow({ idNumber: id, lastExposureDate: "2026-02-01", identifiedDate: "2026-02-02" })] }, { now: at("2026-02-02") });
    const c = first.contacts[0]!;
    for (const t of c.plan.tests) await recordTestResult(u.mk, c.id, { sampleDate: t.date, result: "NEGATIVE" }, { now: at("2026-02-22") });
    await releaseContact(u.mk, c.id, { date: "2026-02-22" }, { now: at("2026-02-22") });
    const again = await registerContacts(u.mk, caseB, { contacts: [closeRow({ idNumber: id })] }, { now });
    expect(again.contacts[0]).toMatchObject({ status: "ACTIVE", personId: c.personId });
    expect(again.contacts[0]?.matches).toEqual([expect.objectContaining({ kind: "HISTORY", personId: c.personId })]);
  });
});

describe("name and phone", () => {
  const row = { name: "无证件人", phone: "13700000001", category: "GENERAL", lastExposureDate: "2026-03-05", identifiedDate: "2026-03-06" };

  it("are only a possible match: shown, never linked by themselves", async () => {
    const first = await registerContacts(u.mk, caseA, { contacts: [row] }, { now });
    const e = await expectAppError(registerContacts(u.mk, caseB, { contacts: [{ ...row, phone: "137 0000 0001" }] }, { now }), "MATCHES_FOUND");
    expect(e.details.matches).toEqual([
      expect.objectContaining({ row: 0, needs: ["NEW_PERSON_OR_PERSON_ID"], matches: [expect.objectContaining({ kind: "POSSIBLE", personId: first.contacts[0]!.personId, state: "ACTIVE_PLAN" })] }),
    ]);
    // NEW_PERSON: someone else with the same name and phone.
    const other = await registerContacts(u.mk, caseB, { contacts: [{ ...row, onDuplicate: "NEW_PERSON" }] }, { now });
    expect(other.contacts[0]?.personId).not.toBe(first.contacts[0]!.personId);
  });

  it("link only when the user names the record, which then merges like a document match", async () => {
    const p = await registerContacts(u.mk, caseA, { contacts: [{ ...row, name: "无证件乙", phone: "13700000002" }] }, { now });
    const personId = p.contacts[0]!.personId;
    const e = await expectAppError(registerContacts(u.mk, caseB, { contacts: [{ ...row, name: "无证件乙", phone: "13700000002", personId }] }, { now }), "MATCHES_FOUND");
    expect(e.details.matches).toEqual([expect.objectContaining({ needs: ["MERGE"] })]);
    const ok = await registerContacts(u.mk, caseB, { contacts: [{ ...row, name: "无证件乙", phone: "13700000002", personId, onDuplicate: "MERGE" }] }, { now });
    expect(ok.contacts[0]).toMatchObject({ status: "MERGED", personId });
  });
});

describe("document numbers", () => {
  it("are normalized: lower-case x, full-width digits and spaces are the same number", async () => {
    const id = "51320119900307009X"; // a valid number ending in X
    const first = await registerContacts(u.mk, caseA, { contacts: [closeRow({ idNumber: id })] }, { now });
    const typed = "５１３２０１ １９９００３０７ ００９ｘ";
    const e = await expectAppError(registerContacts(u.mk, caseB, { contacts: [closeRow({ idNumber: typed })] }, { now }), "MATCHES_FOUND");
    expect(e.details.matches).toEqual([expect.objectContaining({ matches: [expect.objectContaining({ personId: first.contacts[0]!.personId })] })]);
    expect((await prisma().person.findUniqueOrThrow({ where: { id: first.contacts[0]!.personId } })).idNumber).toBe(id);
  });

  it("refuse a passport number typed as a resident ID, naming the field", async () => {
    const e = await expectAppError(registerContacts(u.mk, caseA, { contacts: [closeRow({ idNumber: "E12345678" })] }, { now }), "VALIDATION");
    expect(e.fields).toEqual([{ path: "contacts.0.idNumber", key: "registry.errors.idCardFormat" }]);
    const ok = await registerContacts(u.mk, caseA, { contacts: [closeRow({ idType: "PASSPORT", idNumber: "e 1234 5678" })] }, { now });
    expect((await prisma().person.findUniqueOrThrow({ where: { id: ok.contacts[0]!.personId } })).identityKey).toBe("PASSPORT:E12345678");
  });

  it("fill sex and birth date from a valid resident ID when they are not typed", async () => {
    const id = "513201198512240048"; // born 1985-12-24, even sequence: female
    const r = await registerContacts(u.mk, caseA, { contacts: [closeRow({ idNumber: id })] }, { now });
    const p = await prisma().person.findUniqueOrThrow({ where: { id: r.contacts[0]!.personId } });
    expect({ sex: p.sex, birthDate: p.birthDate?.toISOString().slice(0, 10) }).toEqual({ sex: "FEMALE", birthDate: "1985-12-24" });
  });
});

describe("the database", () => {
  it("refuses a second running plan for one person, whatever the code does", async () => {
    const r = await registerContacts(u.mk, caseA, { contacts: [closeRow()] }, { now });
    const c = await prisma().contact.findUniqueOrThrow({ where: { id: r.contacts[0]!.id } });
    await expect(
      prisma().contact.create({
        data: { personId: c.personId, category: "GENERAL", countyCode: c.countyCode, sourceCaseId: caseB, lastExposureDate: c.lastExposureDate, identifiedDate: c.identifiedDate },
      }),
    ).rejects.toMatchObject({ code: "P2002" });
    await expect(prisma().case.create({ data: { personId: c.personId, countyCode: c.countyCode, classification: "CONFIRMED", confirmedDate: c.identifiedDate } })).resolves.toBeTruthy();
    await expect(prisma().case.create({ data: { personId: c.personId, countyCode: c.countyCode, classification: "CONFIRMED", confirmedDate: c.identifiedDate } })).rejects.toMatchObject({ code: "P2002" });
  });
});
