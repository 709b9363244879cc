import { beforeAll, describe, expect, it } from "vitest";
import { getCase } from "@/lib/cases/get-case";
import { registerCase } from "@/lib/cases/register-case";
import { getContact } from "@/lib/contacts/get-contact";
import { registerContacts } from "@/lib/contacts/register-contacts";
import { registerSecondaryContacts } from "@/lib/contacts/register-secondary-contacts";
import { prisma } from "@/lib/db";
import { recordTestResult } from "@/lib/lab-results/record-test-result";
import { at, caseBody, closeRow, expectAppError, MAERKANG, nextId, seedFixtures, type Users } from "./fixtures";

let u: Users;
beforeAll(async () => {
  u = await seedFixtures();
});

describe("escalation", () => {
  it("a close contact with three secondary contacts tests positive: one case, three upgraded contacts with 14+7 plans", async () => {
    const c = await registerCase(u.mk, caseBody(), { now: at("2026-03-02") });
    const { contacts } = await registerContacts(u.mk, c.id, { contacts: [closeRow({ name: "密接阳" })] }, { now: at("2026-03-02") });
    const closeId = contacts[0]!.id;
    // Secondary contacts exposed to the close contact on 03-03, 03-05 and 03-09.
    const sec = await registerSecondaryContacts(
      u.mk,
      closeId,
      {
        contacts: [
          { name: "次密A", idNumber: nextId(), lastExposureDate: "2026-03-03", identifiedDate: "2026-03-04" },
          { name: "次密B", idNumber: nextId(), lastExposureDate: "2026-03-05", identifiedDate: "2026-03-06" },
          { name: "次密C", idNumber: nextId(), lastExposureDate: "2026-03-09", identifiedDate: "2026-03-09" },
        ],
      },
      { now: at("2026-03-09") },
    );
    const [a, b, cc] = sec.contacts.map((x) => x.id);

    await recordTestResult(u.mk, closeId, { sampleDate: "2026-03-02", result: "NEGATIVE" }, { now: at("2026-03-09") });
    const answer = await recordTestResult(
      u.mk,
      closeId,
      { sampleDate: "2026-03-08", result: "POSITIVE", sampleType: "OROPHARYNGEAL", lab: "州疾控中心实验室", ctOrf1ab: 28.44, ctN: 30.1 },
      { now: at("2026-03-09") },
    );
    expect(answer.testResult).toMatchObject({ sampleDate: "2026-03-08", result: "POSITIVE", ctOrf1ab: 28.4, ctN: 30.1 });
    expect(answer.escalation?.upgradedContactIds).toEqual([a, b, cc]);
    const caseId = answer.escalation!.caseId;

    const newCase = await getCase(u.mk, caseId);
    expect(newCase).toMatchObject({
      classification: "CONFIRMED",
      firstPositiveDate: "2026-03-08",
      confirmedDate: "2026-03-08",
      countyCode: MAERKANG,
      sourceContactId: closeId,
      name: "密接阳",
    });
    expect(newCase.contacts.close.map((x) => x.id)).toEqual([a, b, cc]);
    expect(await prisma().case.count({ where: { sourceContactId: closeId } })).toBe(1);

    const closed = await getContact(u.mk, closeId);
    expect(closed).toMatchObject({ status: "BECAME_CASE", statusDate: "2026-03-09", resultingCaseId: caseId });

    // Escalation date 2026-03-09. A: exposed 03-03, so day 6 — identified late, only the
    // remaining days, end dates from its exposure: centralized until 03-17, home until 03-24.
    const upA = await getContact(u.mk, a!);
    expect(upA).toMatchObject({ category: "CLOSE", previousCategory: "SECONDARY", sourceCaseId: caseId, sourceContactId: closeId, status: "ACTIVE" });
    expect(upA.plan).toEqual(
      expect.objectContaining({
        category: "CLOSE",
        active: true,
        phases: [
          { kind: "CENTRALIZED_ISOLATION", startDate: "2026-03-09", endDate: "2026-03-17" },
          { kind: "HOME_HEALTH_MONITORING", startDate: "2026-03-18", endDate: "2026-03-24" },
        ],
        tests: [
          { date: "2026-03-09", phase: "CENTRALIZED_ISOLATION", doubleSample: false },
          { date: "2026-03-10", phase: "CENTRALIZED_ISOLATION", doubleSample: false },
          { date: "2026-03-17", phase: "CENTRALIZED_ISOLATION", doubleSample: true },
          { date: "2026-03-19", phase: "HOME_HEALTH_MONITORING", doubleSample: false },
          { date: "2026-03-24", phase: "HOME_HEALTH_MONITORING", doubleSample: false },
        ],
        releaseDate: "2026-03-24",
      }),
    );
    // B: exposed 03-05, day 4 on 03-09 (a scheduled test day, so no extra intake test).
    const upB = await getContact(u.mk, b!);
    expect(upB.plan).toMatchObject({
      phases: [
        { kind: "CENTRALIZED_ISOLATION", startDate: "2026-03-09", endDate: "2026-03-19" },
        { kind: "HOME_HEALTH_MONITORING", startDate: "2026-03-20", endDate: "2026-03-26" },
      ],
      tests: [
        { date: "2026-03-09", phase: "CENTRALIZED_ISOLATION", doubleSample: false },
        { date: "2026-03-12", phase: "CENTRALIZED_ISOLATION", doubleSample: false },
        { date: "2026-03-19", phase: "CENTRALIZED_ISOLATION", doubleSample: true },
        { date: "2026-03-21", phase: "HOME_HEALTH_MONITORING", doubleSample: false },
        { date: "2026-03-26", phase: "HOME_HEALTH_MONITORING", doubleSample: false },
      ],
      releaseDate: "2026-03-26",
    });
    // C: exposed 03-09, the escalation day itself (day 0): the full 14+7 from day 0.
    const upC = await getContact(u.mk, cc!);
    expect(upC.plan).toMatchObject({
      phases: [
        { kind: "CENTRALIZED_ISOLATION", startDate: "2026-03-09", endDate: "2026-03-23" },
        { kind: "HOME_HEALTH_MONITORING", startDate: "2026-03-24", endDate: "2026-03-30" },
      ],
      tests: [
        { date: "2026-03-09", phase: "CENTRALIZED_ISOLATION", doubleSample: false },
        { date: "2026-03-10", phase: "CENTRALIZED_ISOLATION", doubleSample: false },
        { date: "2026-03-13", phase: "CENTRALIZED_ISOLATION", doubleSample: false },
        { date: "2026-03-16", phase: "CENTRALIZED_ISOLATION", doubleSample: false },
        { date: "2026-03-23", phase: "CENTRALIZED_ISOLATION", doubleSample: true },
        { date: "2026-03-25", phase: "HOME_HEALTH_MONITORING", doubleSample: false },
        { date: "2026-03-30", phase: "HOME_HEALTH_MONITORING", doubleSample: false },
      ],
      releaseDate: "2026-03-30",
    });
    // The secondary plans are kept, inactive, as history.
    for (const id of [a, b, cc]) {
      const plans = await prisma().isolationPlan.findMany({ where: { contactId: id }, orderBy: { createdAt: "asc" } });
      expect(plans.map((p) => [p.category, p.active])).toEqual([
        ["SECONDARY", false],
        ["CLOSE", true],
      ]);
    }

    const audit = await prisma().auditEvent.findMany({ where: { at: { gte: new Date(0) } }, orderBy: { id: "asc" } });
    const actions = audit.map((e) => `${e.action}:${e.entityId}`);
    expect(actions).toEqual(
      expect.arrayContaining([
        `case.register:${caseId}`,
        `contact.escalate_to_case:${closeId}`,
        `contact.upgrade:${a}`,
        `contact.upgrade:${b}`,
        `contact.upgrade:${cc}`,
      ]),
    );
    const becameCase = audit.find((e) => e.action === "contact.escalate_to_case");
    expect(becameCase?.after).toMatchObject({ caseId, upgradedContactIds: [a, b, cc] });

    // No more results for a contact that became a case.
    await expectAppError(
      recordTestResult(u.mk, closeId, { sampleDate: "2026-03-09", result: "NEGATIVE" }, { now: at("2026-03-09") }),
      "REFUSED",
      "registry.errors.contactNotActive",
    );
  });

  it("a positive general contact becomes a case (ASYMPTOMATIC as given) with nobody upgraded", async () => {
    const c = await registerCase(u.mk, caseBody(), { now: at("2026-03-02") });
    const { contacts } = await registerContacts(u.mk, c.id, { contacts: [closeRow({ category: "GENERAL" })] }, { now: at("2026-03-02") });
    const answer = await recordTestResult(
      u.mk,
      contacts[0]!.id,
      { sampleDate: "2026-03-04", result: "POSITIVE", classification: "ASYMPTOMATIC", confirmedDate: "2026-03-05" },
      { now: at("2026-03-05") },
    );
    expect(answer.escalation?.upgradedContactIds).toEqual([]);
    const created = await getCase(u.mk, answer.escalation!.caseId);
    expect(created).toMatchObject({ classification: "ASYMPTOMATIC", firstPositiveDate: "2026-03-04", confirmedDate: "2026-03-05" });
  });

  it("a negative or pending result does not escalate", async () => {
    const c = await registerCase(u.mk, caseBody(), { now: at("2026-03-02") });
    const { contacts } = await registerContacts(u.mk, c.id, { contacts: [closeRow()] }, { now: at("2026-03-02") });
    const r = await recordTestResult(u.mk, contacts[0]!.id, { sampleDate: "2026-03-02", result: "PENDING", doubleSample: false }, { now: at("2026-03-02") });
    expect(r.escalation).toBeUndefined();
    const e = await expectAppError(
      recordTestResult(u.mk, contacts[0]!.id, { sampleDate: "2026-03-03", result: "MAYBE", ctN: 99 }, { now: at("2026-03-02") }),
      "VALIDATION",
    );
    expect(e.fields.map((f) => `${f.path} ${f.key}`).sort()).toEqual([
      "ctN registry.errors.ctRange",
      "result errors.invalidValue",
      "sampleDate registry.errors.dateInFuture",
    ]);
  });
});
