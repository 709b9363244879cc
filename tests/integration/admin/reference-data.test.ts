import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createUser } from "@/lib/admin/create-user";
import { updateUser } from "@/lib/admin/update-user";
import { registerCase } from "@/lib/cases/register-case";
import { getCase } from "@/lib/cases/get-case";
import { registerContacts } from "@/lib/contacts/register-contacts";
import { getContact } from "@/lib/contacts/get-contact";
import { recordTestResult } from "@/lib/lab-results/record-test-result";
import { createSite } from "@/lib/sites/create-site";
import { requestTransfer } from "@/lib/transfers/request-transfer";
import { translate } from "@/lib/i18n/catalogue";
import { createCounty } from "@/lib/jurisdictions/create-county";
import { listReferenceData } from "@/lib/jurisdictions/list-reference";
import { updateCounty, updatePrefecture } from "@/lib/jurisdictions/update-county";
import { countyViewSchema, prefectureViewSchema, referenceDataSchema } from "@/lib/jurisdictions/schemas";
import { seedReferenceData } from "@/lib/seed/reference-data";
import { listCountiesInScope } from "@/lib/jurisdictions/counties";
import { getCountyFigures } from "@/lib/dashboard/county-figures";
import { onTheWire } from "@/lib/validation/answer-fields";
import { at, caseBody, closeRow, expectAppError, MAERKANG, seedFixtures, WENCHUAN, type Users } from "../registry/fixtures";

const now = at("2026-03-10");
let u: Users;
beforeAll(async () => {
  u = await seedFixtures();
});

describe("reference data", () => {
  it("lists the prefecture from the database, the time zone setting and every county with what it holds", async () => {
    const answer = await listReferenceData(u.admin);
    referenceDataSchema.parse(onTheWire(answer));
    expect(answer.prefecture).toEqual({ code: "513200", nameZh: "阿坝藏族羌族自治州", nameEn: "Aba" });
    expect(answer.timeZone).toBe(process.env.TRACER_TIME_ZONE || "Asia/Shanghai");
    expect(answer.counties.map((c) => [c.code, c.active, c.staff])).toEqual([
      [MAERKANG, true, 2],
      [WENCHUAN, true, 1],
    ]);
  });

  it("adds a county under the prefecture and audits it", async () => {
    const county = await createCounty(u.admin, { code: "513234", nameZh: "新县", nameEn: "New County" });
    countyViewSchema.parse(onTheWire(county));
    expect(county).toEqual({ code: "513234", nameZh: "新县", nameEn: "New County", active: true, staff: 0, cases: 0, contacts: 0 });
    expect(await prisma().jurisdiction.findUniqueOrThrow({ where: { code: "513234" } })).toMatchObject({ level: "COUNTY", parentCode: "513200" });
    const event = await prisma().auditEvent.findFirstOrThrow({ where: { action: "county.create", entityId: "513234" } });
    expect(event.after).toMatchObject({ code: "513234", nameZh: "新县", active: true });
  });

  it.each([
    ["outside the prefecture", { code: "510104", nameZh: "锦江区", nameEn: "Jinjiang" }, "code", "admin.errors.countyCodeOutsidePrefecture", "5132"],
    ["the prefecture's own code", { code: "513200", nameZh: "州本级", nameEn: "Prefecture" }, "code", "admin.errors.countyCodeOutsidePrefecture", "5132"],
    ["already used", { code: MAERKANG, nameZh: "另一个", nameEn: "Other" }, "code", "admin.errors.countyCodeTaken", MAERKANG],
    ["not six digits", { code: "51322", nameZh: "短", nameEn: "Short" }, "code", "admin.errors.countyCodeFormat", "6"],
    ["a name the prefecture already has", { code: "513235", nameZh: "汶川县", nameEn: "Wenchuan 2" }, "nameZh", "admin.errors.countyNameTaken", "汶川县"],
  ])("refuses a code %s, naming the field, and saves nothing", async (_name, input, path, key, words) => {
    const before = await prisma().jurisdiction.count();
    const error = await expectAppError(createCounty(u.admin, input), "VALIDATION");
    const issue = error.fields.find((f) => f.path === path);
    expect(issue, JSON.stringify(error.fields)).toMatchObject({ key });
    expect(translate("zh-CN", issue!.key, issue!.values)).toContain(words);
    expect(await prisma().jurisdiction.count()).toBe(before);
  });

  it("renames a county and the prefecture; a restart's seeding does not undo it", async () => {
    const renamed = await updateCounty(u.admin, "513234", { nameZh: "新名县", nameEn: "Renamed County" });
    expect(renamed).toMatchObject({ code: "513234", nameZh: "新名县", nameEn: "Renamed County" });
    const prefecture = await updatePrefecture(u.admin, { nameZh: "阿坝州", nameEn: "Ngawa" });
    prefectureViewSchema.parse(onTheWire(prefecture));
    await seedReferenceData(prisma());
    expect((await listReferenceData(u.admin)).prefecture).toEqual({ code: "513200", nameZh: "阿坝州", nameEn: "Ngawa" });
    expect(await prisma().jurisdiction.findUniqueOrThrow({ where: { code: "513234" } })).toMatchObject({ nameZh: "新名县" });
    expect(await prisma().auditEvent.count({ where: { entity: "Jurisdiction", action: { in: ["county.update", "prefecture.update"] } } })).toBe(2);
  });

  it("deactivates a county without losing its records: readable, but no new registrations, sites, accounts or transfers", async () => {
    const registered = await registerCase(u.wc, caseBody({ countyCode: WENCHUAN }), { now });
    const { contacts } = await registerContacts(u.wc, registered.id, { contacts: [closeRow({ countyCode: WENCHUAN })] }, { now });
    const contactId = contacts[0]!.id;
    const mkCase = await registerCase(u.mk, caseBody(), { now });
    const { contacts: mkContacts } = await registerContacts(u.mk, mkCase.id, { contacts: [closeRow()] }, { now });

    const county = await updateCounty(u.admin, WENCHUAN, { active: false });
    expect(county).toMatchObject({ code: WENCHUAN, active: false, staff: 1, cases: 1, contacts: 1 });
    expect(await prisma().auditEvent.count({ where: { action: "county.deactivate", entityId: WENCHUAN } })).toBe(1);

    // Everything it held is still there and readable by its staff.
    expect((await getCase(u.wc, registered.id, { now })).id).toBe(registered.id);
    expect((await getContact(u.wc, contactId, { now })).plan).not.toBeNull();
    // Running plans go on: results are still recorded.
    await recordTestResult(u.wc, contactId, { sampleDate: "2026-03-02", result: "NEGATIVE" }, { now });

    const inactive = { path: "countyCode", key: "registry.errors.countyInactive", values: { code: WENCHUAN } };
    expect((await expectAppError(registerCase(u.wc, caseBody({ countyCode: WENCHUAN }), { now }), "VALIDATION")).fields).toEqual([inactive]);
    const rows = await expectAppError(registerContacts(u.wc, registered.id, { contacts: [closeRow({ countyCode: WENCHUAN })] }, { now }), "VALIDATION");
    expect(rows.fields.map((f) => f.key)).toContain("registry.errors.countyInactive");
    expect((await expectAppError(createSite(u.wc, { name: "新隔离点", capacity: 10 }), "VALIDATION")).fields).toEqual([inactive]);
    expect(
      (await expectAppError(createUser(u.admin, { username: "wc.new", displayName: "新人", role: "COUNTY_STAFF", countyCode: WENCHUAN, password: "long-enough-1" }), "VALIDATION")).fields,
    ).toEqual([inactive]);
    const transfer = await expectAppError(requestTransfer(u.mk, mkContacts[0]!.id, { toCountyCode: WENCHUAN, reason: "回家" }, { now }), "VALIDATION");
    expect(transfer.fields).toEqual([{ ...inactive, path: "toCountyCode" }]);
    // Its existing accounts can still be edited (the county is theirs already).
    await updateUser(u.admin, u.wc.id, { displayName: "汶川流调" });
    // Holding records, it is still listed to officials and counted in the figures.
    expect((await listCountiesInScope(u.official)).map((c) => c.code)).toContain(WENCHUAN);
    expect((await getCountyFigures(u.official, {}, { now })).counties.find((c) => c.countyCode === WENCHUAN)?.activeContacts.total).toBe(1);

    await updateCounty(u.admin, WENCHUAN, { active: true });
    expect((await registerCase(u.wc, caseBody({ countyCode: WENCHUAN }), { now })).countyCode).toBe(WENCHUAN);
  });

  it("answers 404 for a code that is not a county of the prefecture, and is for administrators only", async () => {
    await expectAppError(updateCounty(u.admin, "513200", { nameZh: "x" }), "NOT_FOUND");
    await expectAppError(updateCounty(u.admin, "999999", { nameZh: "x" }), "NOT_FOUND");
    for (const user of [u.mk, u.official]) {
      await expectAppError(listReferenceData(user), "FORBIDDEN");
      await expectAppError(createCounty(user, { code: "513236", nameZh: "x", nameEn: "x" }), "FORBIDDEN");
      await expectAppError(updateCounty(user, MAERKANG, { active: false }), "FORBIDDEN");
      await expectAppError(updatePrefecture(user, { nameZh: "x" }), "FORBIDDEN");
    }
  });

  it("lists an inactive county that holds nothing only to administration", async () => {
    await createCounty(u.admin, { code: "513237", nameZh: "空县", nameEn: "Empty County" });
    await updateCounty(u.admin, "513237", { active: false });
    expect((await listCountiesInScope(u.official)).map((c) => c.code)).not.toContain("513237");
    expect((await getCountyFigures(u.official, {}, { now })).counties.map((c) => c.countyCode)).not.toContain("513237");
    expect((await listCountiesInScope(u.admin, undefined, { all: true })).map((c) => c.code)).toContain("513237");
    expect((await listReferenceData(u.admin)).counties.find((c) => c.code === "513237")).toMatchObject({ active: false, cases: 0, contacts: 0 });
  });
});
