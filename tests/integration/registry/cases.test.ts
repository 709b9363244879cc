import { beforeAll, describe, expect, it } from "vitest";
import { addTrackEntry } from "@/lib/cases/add-track-entry";
import { getCase } from "@/lib/cases/get-case";
import { listCases } from "@/lib/cases/list-cases";
import { registerCase } from "@/lib/cases/register-case";
import { removeTrackEntry } from "@/lib/cases/remove-track-entry";
import { updateCase } from "@/lib/cases/update-case";
import { updateTrackEntry } from "@/lib/cases/update-track-entry";
import { registerContacts } from "@/lib/contacts/register-contacts";
import { registerSecondaryContacts } from "@/lib/contacts/register-secondary-contacts";
import { prisma } from "@/lib/db";
import { at, badIdNumber, caseBody, closeRow, expectAppError, MAERKANG, nextId, seedFixtures, WENCHUAN, type Users } from "./fixtures";

const now = at("2026-03-10");
let u: Users;
beforeAll(async () => {
  u = await seedFixtures();
});

describe("registerCase", () => {
  it("creates a case and its person, audited", async () => {
    const id = nextId();
    const c = await registerCase(u.mk, caseBody({ idNumber: id, onsetDate: "2026-02-28", notes: "流调：2月28日发热" }), { now });
    expect(c).toMatchObject({ classification: "CONFIRMED", confirmedDate: "2026-03-02", onsetDate: "2026-02-28", countyCode: MAERKANG, version: 1 });
    expect(c.person.idNumber).toBe(id);
    const audit = await prisma().auditEvent.findMany({ where: { entity: "Case", entityId: c.id } });
    expect(audit.map((a) => a.action)).toEqual(["case.register"]);
  });

  it("rejects bad input field by field with specific keys", async () => {
    const e = await expectAppError(
      registerCase(
        u.mk,
        { name: "x".repeat(51), sex: "MALE", idNumber: badIdNumber(7), countyCode: "999999", classification: "CONFIRMED", confirmedDate: "2026-02-30", onsetDate: "2026-03-11" },
        { now },
      ),
      "VALIDATION",
      "errors.validation",
    );
    const byPath = Object.fromEntries(e.fields.map((f) => [f.path, f.key]));
    expect(byPath).toMatchObject({
      name: "errors.tooLong",
      idNumber: "registry.errors.idCardCheckDigit",
      confirmedDate: "registry.errors.dateImpossible",
      onsetDate: "registry.errors.dateInFuture",
    });
    const county = await expectAppError(registerCase(u.mk, caseBody({ countyCode: "999999" }), { now }), "VALIDATION");
    expect(county.fields).toEqual([{ path: "countyCode", key: "registry.errors.unknownCounty", values: { code: "999999" } }]);
    const other = await expectAppError(registerCase(u.mk, caseBody({ countyCode: WENCHUAN }), { now }), "VALIDATION");
    expect(other.fields[0]?.key).toBe("registry.errors.countyOutOfScope");
    const missing = await expectAppError(registerCase(u.mk, { sex: "MALE" }, { now }), "VALIDATION");
    expect(missing.fields.find((f) => f.path === "name")?.key).toBe("errors.required");
  });

  it("is forbidden to prefecture officials and admins", async () => {
    await expectAppError(registerCase(u.official, caseBody(), { now }), "FORBIDDEN");
    await expectAppError(registerCase(u.admin, caseBody(), { now }), "FORBIDDEN");
  });
});

describe("updateCase", () => {
  it("updates with the current version and refuses a stale one (409)", async () => {
    const c = await registerCase(u.mk, caseBody(), { now });
    const updated = await updateCase(u.mk, c.id, { version: 1, status: "RECOVERED", currentLocation: "州人民医院", phone: "13900000001" }, { now });
    expect(updated).toMatchObject({ status: "RECOVERED", currentLocation: "州人民医院", version: 2 });
    expect(updated.person.phone).toBe("13900000001");
    await expectAppError(updateCase(u.mk, c.id, { version: 1, status: "DIED" }, { now }), "STALE", "errors.stale");
    const [a, b] = await Promise.allSettled([
      updateCase(u.mk, c.id, { version: 2, notes: "A" }, { now }),
      updateCase(u.mk2, c.id, { version: 2, notes: "B" }, { now }),
    ]);
    expect([a.status, b.status].sort()).toEqual(["fulfilled", "rejected"]);
    const actions = await prisma().auditEvent.count({ where: { entityId: c.id, action: "case.update" } });
    expect(actions).toBe(2);
  });
});

describe("movement track", () => {
  it("adds, edits and removes (soft) entries", async () => {
    const c = await registerCase(u.mk, caseBody(), { now });
    const e1 = await addTrackEntry(u.mk, c.id, { date: "2026-02-27", place: "马尔康市某超市", activity: "购物" }, { now });
    const e2 = await addTrackEntry(u.mk, c.id, { date: "2026-02-26", place: "家中" }, { now });
    await updateTrackEntry(u.mk, e1.id, { activity: "购物（约30分钟）" }, { now });
    await removeTrackEntry(u.mk, e2.id, { now });
    const read = await getCase(u.mk, c.id);
    expect(read.track).toEqual([{ id: e1.id, date: "2026-02-27", place: "马尔康市某超市", activity: "购物（约30分钟）", hidden: [] }]);
    expect(await prisma().caseTrackEntry.count({ where: { caseId: c.id } })).toBe(2);
    await expectAppError(addTrackEntry(u.mk, c.id, { date: "2026-03-11", place: "x" }, { now }), "VALIDATION");
    await expectAppError(updateTrackEntry(u.mk, e2.id, { place: "y" }, { now }), "NOT_FOUND");
  });
});

describe("getCase and listCases", () => {
  it("groups contacts and searches by name, ID number and phone with pagination", async () => {
    const id = nextId();
    const c = await registerCase(u.mk, caseBody({ name: "王五搜索", idNumber: id, phone: "13712345678" }), { now });
    const { contacts } = await registerContacts(
      u.mk,
      c.id,
      { contacts: [closeRow({ name: "密接甲" }), closeRow({ name: "一般乙", category: "GENERAL" })] },
      { now },
    );
    await registerSecondaryContacts(u.mk, contacts[0]!.id, { contacts: [{ name: "次密丙", idNumber: nextId(), lastExposureDate: "2026-03-03", identifiedDate: "2026-03-04" }] }, { now });
    const read = await getCase(u.mk, c.id);
    expect(read.contacts.close.map((x) => x.person.name)).toEqual(["密接甲"]);
    expect(read.contacts.general.map((x) => x.person.name)).toEqual(["一般乙"]);
    expect(read.contacts.secondary.map((x) => x.person.name)).toEqual(["次密丙"]);
    expect(read.contacts.close[0]?.releaseDate).toBe("2026-03-22");

    for (const q of ["王五搜", id, "12345678"]) {
      const page = await listCases(u.mk, { q });
      expect(page.items.map((x) => x.id)).toEqual([c.id]);
    }
    const all = await listCases(u.mk, { pageSize: 2 });
    const second = await listCases(u.mk, { pageSize: 2, page: 2 });
    expect(all.items).toHaveLength(2);
    expect(all.total).toBeGreaterThan(2);
    expect(second.items[0]?.id).not.toBe(all.items[0]?.id);
  });

  it("officials read masked data and may not search personal data", async () => {
    const c = await registerCase(u.mk, caseBody({ name: "赵六", phone: "13811112222" }), { now });
    const read = await getCase(u.official, c.id);
    expect(read.person.name).toBe("赵*");
    expect(read.person.phone).toBe("*******2222");
    expect(read.person.idNumber).toMatch(/^\*{14}.{4}$/);
    await expectAppError(listCases(u.official, { q: "赵" }), "FORBIDDEN");
  });
});
