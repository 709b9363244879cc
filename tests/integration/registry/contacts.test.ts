import { beforeAll, describe, expect, it } from "vitest";
import { registerCase } from "@/lib/cases/register-case";
import { getContact } from "@/lib/contacts/get-contact";
import { listContacts } from "@/lib/contacts/list-contacts";
import { reclassifyContact } from "@/lib/contacts/reclassify-contact";
import { recordReexposure } from "@/lib/contacts/record-reexposure";
import { registerContacts } from "@/lib/contacts/register-contacts";
import { registerSecondaryContacts } from "@/lib/contacts/register-secondary-contacts";
import { updateContact } from "@/lib/contacts/update-contact";
import { prisma } from "@/lib/db";
import { at, badIdNumber, caseBody, closeRow, expectAppError, MAERKANG, nextId, seedFixtures, type Users } from "./fixtures";

const now = at("2026-03-10");
let u: Users;
let caseId: string;
beforeAll(async () => {
  u = await seedFixtures();
  caseId = (await registerCase(u.mk, caseBody(), { now })).id;
});

const CLOSE_PLAN = {
  category: "CLOSE",
  phases: [
    { kind: "CENTRALIZED_ISOLATION", startDate: "2026-03-02", endDate: "2026-03-15" },
    { kind: "HOME_HEALTH_MONITORING", startDate: "2026-03-16", endDate: "2026-03-22" },
  ],
  tests: [
    { date: "2026-03-02", phase: "CENTRALIZED_ISOLATION", doubleSample: false },
    { date: "2026-03-05", phase: "CENTRALIZED_ISOLATION", doubleSample: false },
    { date: "2026-03-08", phase: "CENTRALIZED_ISOLATION", doubleSample: false },
    { date: "2026-03-15", phase: "CENTRALIZED_ISOLATION", doubleSample: true },
    { date: "2026-03-17", phase: "HOME_HEALTH_MONITORING", doubleSample: false },
    { date: "2026-03-22", phase: "HOME_HEALTH_MONITORING", doubleSample: false },
  ],
  releaseDate: "2026-03-22",
};

describe("registerContacts", () => {
  it("persists close and general contacts with their plans and the policy version", async () => {
    const { contacts } = await registerContacts(
      u.mk,
      caseId,
      {
        contacts: [
          closeRow({ name: "密接一", exposureSetting: "HOUSEHOLD" }),
          { name: "一般一", phone: "13600000001", category: "GENERAL", lastExposureDate: "2026-03-01", identifiedDate: "2026-03-06" },
        ],
      },
      { now },
    );
    expect(contacts[0]?.plan).toMatchObject({ ...CLOSE_PLAN, policyVersion: "default-1" });
    expect(contacts[1]?.plan).toMatchObject({
      category: "GENERAL",
      phases: [{ kind: "MEDICAL_OBSERVATION", startDate: "2026-03-06", endDate: "2026-03-15" }],
      tests: [
        { date: "2026-03-06", phase: "MEDICAL_OBSERVATION", doubleSample: false },
        { date: "2026-03-15", phase: "MEDICAL_OBSERVATION", doubleSample: false },
      ],
      releaseDate: "2026-03-15",
    });
    const general = await getContact(u.mk, contacts[1]!.id);
    expect(general).toMatchObject({ category: "GENERAL", status: "ACTIVE", sourceCaseId: caseId, riskNoticeDate: "2026-03-06", countyCode: MAERKANG, version: 1 });
    const close = await getContact(u.mk, contacts[0]!.id);
    expect(close.plan).toMatchObject(CLOSE_PLAN);
    expect(close).toMatchObject({ riskNoticeDate: null, exposureSetting: "HOUSEHOLD", testResults: [], healthChecks: [], site: null });
    expect(await prisma().policyVersion.count()).toBe(1);
    expect(await prisma().auditEvent.count({ where: { action: "contact.register", entityId: { in: contacts.map((c) => c.id) } } })).toBe(2);
  });

  it("names both rows when one batch holds the same person twice", async () => {
    const id = nextId();
    const e = await expectAppError(
      registerContacts(u.mk, caseId, { contacts: [closeRow(), closeRow({ idNumber: id }), closeRow(), closeRow({ idNumber: id })] }, { now }),
      "VALIDATION",
    );
    expect(e.fields).toEqual([
      { path: "contacts.1.idNumber", key: "registry.errors.duplicateInBatch", values: { row: 2, otherRow: 4 } },
      { path: "contacts.3.idNumber", key: "registry.errors.duplicateInBatch", values: { row: 4, otherRow: 2 } },
    ]);
  });

  it("writes nothing when one of 40 rows is bad, and names the row and field", async () => {
    const before = await prisma().contact.count();
    const persons = await prisma().person.count();
    const rows = Array.from({ length: 40 }, () => closeRow());
    rows[27] = closeRow({ idNumber: badIdNumber(927) });
    const e = await expectAppError(registerContacts(u.mk, caseId, { contacts: rows }, { now }), "VALIDATION", "errors.validation");
    expect(e.fields).toEqual([{ path: "contacts.27.idNumber", key: "registry.errors.idCardCheckDigit" }]);
    expect(await prisma().contact.count()).toBe(before);
    expect(await prisma().person.count()).toBe(persons);
    // The same 40 with the row fixed are all written.
    rows[27] = closeRow();
    const ok = await registerContacts(u.mk, caseId, { contacts: rows }, { now });
    expect(ok.contacts).toHaveLength(40);
    expect(await prisma().contact.count()).toBe(before + 40);
  });

  it("reports every bad row and field at once", async () => {
    const e = await expectAppError(
      registerContacts(
        u.mk,
        caseId,
        {
          contacts: [
            closeRow({ lastExposureDate: "2026-02-30" }),
            closeRow({ lastExposureDate: "2026-03-11", identifiedDate: "2026-03-11" }),
            closeRow({ lastExposureDate: "2026-03-05", identifiedDate: "2026-03-04" }),
            closeRow({ category: "SECONDARY" }),
            closeRow({ countyCode: "513299" }),
            closeRow({ name: "名".repeat(51), phone: "abc" }),
            closeRow({ lastExposureDate: "03/01/2026" }),
          ],
        },
        { now },
      ),
      "VALIDATION",
    );
    const issues = e.fields.map((f) => `${f.path} ${f.key}`);
    expect(issues).toEqual(
      expect.arrayContaining([
        "contacts.0.lastExposureDate registry.errors.dateImpossible",
        "contacts.1.lastExposureDate registry.errors.exposureInFuture",
        "contacts.1.identifiedDate registry.errors.identifiedInFuture",
        "contacts.2.identifiedDate registry.errors.identifiedBeforeExposure",
        "contacts.3.category registry.errors.secondaryUnderCase",
        "contacts.5.name errors.tooLong",
        "contacts.5.phone registry.errors.phoneFormat",
        "contacts.6.lastExposureDate errors.invalidDate",
      ]),
    );
    // The unknown county is a database check: it is reported once the rows are well-formed.
    const county = await expectAppError(registerContacts(u.mk, caseId, { contacts: [closeRow(), closeRow({ countyCode: "513299" })] }, { now }), "VALIDATION");
    expect(county.fields).toEqual([{ path: "contacts.1.countyCode", key: "registry.errors.unknownCounty", values: { code: "513299" } }]);
  });
});

describe("registerSecondaryContacts", () => {
  it("registers under a close contact, inheriting its county; refuses under a general contact", async () => {
    const { contacts } = await registerContacts(u.mk, caseId, { contacts: [closeRow(), closeRow({ category: "GENERAL" })] }, { now });
    const [close, general] = contacts;
    const sec = await registerSecondaryContacts(u.mk, close!.id, { contacts: [{ name: "次密一", idNumber: nextId(), lastExposureDate: "2026-03-03", identifiedDate: "2026-03-04" }] }, { now });
    expect(sec.contacts[0]).toMatchObject({
      category: "SECONDARY",
      countyCode: MAERKANG,
      plan: {
        phases: [{ kind: "HOME_ISOLATION", startDate: "2026-03-04", endDate: "2026-03-17" }],
        tests: [
          { date: "2026-03-04", doubleSample: false },
          { date: "2026-03-07", doubleSample: false },
          { date: "2026-03-10", doubleSample: false },
          { date: "2026-03-17", doubleSample: true },
        ],
        releaseDate: "2026-03-17",
      },
    });
    const read = await getContact(u.mk, sec.contacts[0]!.id);
    expect(read).toMatchObject({ sourceContactId: close!.id, sourceCaseId: null });
    expect((await getContact(u.mk, close!.id)).secondaryContactIds).toEqual([sec.contacts[0]!.id]);

    const e = await expectAppError(
      registerSecondaryContacts(u.mk, general!.id, { contacts: [{ name: "x", idNumber: nextId(), lastExposureDate: "2026-03-03", identifiedDate: "2026-03-04" }] }, { now }),
      "RULE_VIOLATION",
      "registry.errors.sourceNotClose",
    );
    expect(e.values).toEqual({ category: "GENERAL" });
    const wrongCategory = await expectAppError(
      registerSecondaryContacts(u.mk, close!.id, { contacts: [closeRow({ category: "CLOSE" })] }, { now }),
      "VALIDATION",
    );
    expect(wrongCategory.fields[0]).toMatchObject({ path: "contacts.0.category", key: "registry.errors.onlySecondaryUnderContact" });
  });
});

describe("updateContact", () => {
  it("of two parallel updates with the same version exactly one succeeds, the other is STALE", async () => {
    const { contacts } = await registerContacts(u.mk, caseId, { contacts: [closeRow()] }, { now });
    const id = contacts[0]!.id;
    const results = await Promise.allSettled([
      updateContact(u.mk, id, { version: 1, exposureNote: "同桌就餐" }, { now }),
      updateContact(u.mk2, id, { version: 1, exposureNote: "同车" }, { now }),
    ]);
    const ok = results.filter((r) => r.status === "fulfilled");
    const failed = results.filter((r) => r.status === "rejected");
    expect(ok).toHaveLength(1);
    expect(failed).toHaveLength(1);
    expect((failed[0] as PromiseRejectedResult).reason).toMatchObject({ code: "STALE", key: "errors.stale", status: 409 });
    const read = await getContact(u.mk, id);
    expect(read.version).toBe(2);
    expect(read.exposureNote).toBe((ok[0] as PromiseFulfilledResult<{ exposureNote: string }>).value.exposureNote);
    await expectAppError(updateContact(u.mk, id, { version: 1, exposureNote: "late" }, { now }), "STALE");
    const updated = await updateContact(u.mk, id, { version: 2, phone: "13300000000" }, { now });
    expect(updated).toMatchObject({ version: 3, person: { phone: "13300000000" } });
  });
});

describe("recordReexposure", () => {
  it("replans from a later exposure without moving any end date earlier; refuses an earlier date", async () => {
    const { contacts } = await registerContacts(u.mk, caseId, { contacts: [closeRow()] }, { now });
    const id = contacts[0]!.id;
    await expectAppError(recordReexposure(u.mk, id, { lastExposureDate: "2026-02-28" }, { now }), "RULE_VIOLATION", "registry.errors.reexposureNotLater");
    await expectAppError(recordReexposure(u.mk, id, { lastExposureDate: "2026-03-01" }, { now }), "RULE_VIOLATION", "registry.errors.reexposureNotLater");
    const after = await recordReexposure(u.mk, id, { lastExposureDate: "2026-03-06", identifiedDate: "2026-03-07" }, { now });
    expect(after.lastExposureDate).toBe("2026-03-06");
    expect(after.plan).toMatchObject({
      phases: [
        { kind: "CENTRALIZED_ISOLATION", startDate: "2026-03-07", endDate: "2026-03-20" },
        { kind: "HOME_HEALTH_MONITORING", startDate: "2026-03-21", endDate: "2026-03-27" },
      ],
      releaseDate: "2026-03-27",
      active: true,
    });
    expect(await prisma().isolationPlan.count({ where: { contactId: id } })).toBe(2);
    expect(await prisma().auditEvent.count({ where: { entityId: id, action: "contact.record_reexposure" } })).toBe(1);
  });
});

describe("reclassifyContact", () => {
  it("ends a plan early with a reason; officials may not", async () => {
    const { contacts } = await registerContacts(u.mk, caseId, { contacts: [closeRow()] }, { now });
    const id = contacts[0]!.id;
    await expectAppError(reclassifyContact(u.official, id, { reason: "x" }, { now }), "FORBIDDEN");
    await expectAppError(reclassifyContact(u.mk, id, { reason: "  " }, { now }), "VALIDATION");
    const ended = await reclassifyContact(u.mk, id, { reason: "传染源病例经复核排除" }, { now });
    expect(ended).toMatchObject({ status: "ENDED_EARLY", statusDate: "2026-03-10", statusReason: "传染源病例经复核排除" });
    const audit = await prisma().auditEvent.findFirst({ where: { entityId: id, action: "contact.reclassify" } });
    expect(audit?.actorId).toBe(u.mk.id);
    await expectAppError(reclassifyContact(u.mk, id, { reason: "again" }, { now }), "REFUSED", "registry.errors.contactNotActive");
  });
});

describe("listContacts", () => {
  it("filters by category, phase on a date, due tests, status and search", async () => {
    const c = await registerCase(u.mk, caseBody(), { now });
    const { contacts } = await registerContacts(
      u.mk,
      c.id,
      { contacts: [closeRow({ name: "筛选密接" }), closeRow({ name: "筛选一般", category: "GENERAL", identifiedDate: "2026-03-10" })] },
      { now },
    );
    const closeId = contacts[0]!.id;
    const generalId = contacts[1]!.id;
    const mine = await listContacts(u.mk, { caseId: c.id }, { now });
    expect(mine.items.map((x) => x.id).sort()).toEqual([closeId, generalId].sort());
    expect((await listContacts(u.mk, { caseId: c.id, category: "GENERAL" }, { now })).items.map((x) => x.id)).toEqual([generalId]);
    const phase = await listContacts(u.mk, { caseId: c.id, phase: "HOME_HEALTH_MONITORING", date: "2026-03-16" }, { now });
    expect(phase.items.map((x) => x.id)).toEqual([closeId]);
    expect(phase.items[0]?.phaseOnDate).toBe("HOME_HEALTH_MONITORING");
    // On 2026-03-10 the close contact's tests of 03-02, 03-05, 03-08 are overdue; the general
    // contact's intake test is due today.
    expect((await listContacts(u.mk, { caseId: c.id, due: "overdue" }, { now })).items.map((x) => x.id)).toEqual([closeId]);
    expect((await listContacts(u.mk, { caseId: c.id, due: "today" }, { now })).items.map((x) => x.id)).toEqual([generalId]);
    expect((await listContacts(u.mk, { q: "筛选密" }, { now })).items.map((x) => x.id)).toEqual([closeId]);
    expect((await listContacts(u.mk, { caseId: c.id, released: "true" }, { now })).total).toBe(0);
    const paged = await listContacts(u.mk, { pageSize: 5, page: 2 }, { now });
    expect(paged.items).toHaveLength(5);
    await expectAppError(listContacts(u.mk, { category: "NOPE" }, { now }), "VALIDATION");
  });
});
