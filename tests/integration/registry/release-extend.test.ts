import { beforeAll, describe, expect, it } from "vitest";
import { registerCase } from "@/lib/cases/register-case";
import { extendPhase } from "@/lib/contacts/extend-phase";
import { getContact } from "@/lib/contacts/get-contact";
import { registerContacts } from "@/lib/contacts/register-contacts";
import { releaseContact } from "@/lib/contacts/release-contact";
import { prisma } from "@/lib/db";
import { recordTestResult } from "@/lib/lab-results/record-test-result";
import { at, caseBody, closeRow, expectAppError, seedFixtures, type Users } from "./fixtures";

let u: Users;
let caseId: string;
beforeAll(async () => {
  u = await seedFixtures();
  caseId = (await registerCase(u.mk, caseBody(), { now: at("2026-03-02") })).id;
});

async function newClose(over: Record<string, unknown> = {}): Promise<string> {
  const { contacts } = await registerContacts(u.mk, caseId, { contacts: [closeRow(over)] }, { now: at("2026-03-25") });
  return contacts[0]!.id;
}
const negative = (id: string, sampleDate: string, extra: Record<string, unknown> = {}) =>
  recordTestResult(u.mk, id, { sampleDate, result: "NEGATIVE", ...extra }, { now: at("2026-03-25") });

describe("releaseContact", () => {
  it("refuses early, with a missing or pending test, with a positive test; then releases", async () => {
    const id = await newClose(); // exposed 03-01, identified 03-02: release 03-22
    const now = at("2026-03-25");
    const early = await expectAppError(releaseContact(u.mk, id, { date: "2026-03-21" }, { now }), "REFUSED", "registry.errors.releaseTooEarly");
    expect(early.values).toEqual({ releaseDate: "2026-03-22" });
    expect(early.status).toBe(409);

    for (const d of ["2026-03-02", "2026-03-05", "2026-03-08"]) await negative(id, d);
    await negative(id, "2026-03-15", { doubleSample: true });
    const missing = await expectAppError(releaseContact(u.mk, id, { date: "2026-03-22" }, { now }), "REFUSED", "registry.errors.releaseMissingTests");
    expect(missing.values).toEqual({ dates: "2026-03-17, 2026-03-22", count: 2 });

    await negative(id, "2026-03-17");
    await recordTestResult(u.mk, id, { sampleDate: "2026-03-22", result: "PENDING" }, { now });
    const pending = await expectAppError(releaseContact(u.mk, id, { date: "2026-03-22" }, { now }), "REFUSED", "registry.errors.releaseMissingTests");
    expect(pending.values).toEqual({ dates: "2026-03-22", count: 1 });

    await negative(id, "2026-03-22");
    await expectAppError(releaseContact(u.mk, id, { date: "2026-03-26" }, { now }), "VALIDATION");
    const released = await releaseContact(u.mk, id, { date: "2026-03-23" }, { now });
    expect(released).toMatchObject({ status: "RELEASED", statusDate: "2026-03-23" });
    expect(await prisma().auditEvent.count({ where: { entityId: id, action: "contact.release" } })).toBe(1);
    await expectAppError(releaseContact(u.mk, id, { date: "2026-03-23" }, { now }), "REFUSED", "registry.errors.contactNotActive");
  });

  it("refuses a contact with a positive result", async () => {
    const id = await newClose();
    for (const d of ["2026-03-02", "2026-03-05", "2026-03-08", "2026-03-15", "2026-03-17", "2026-03-22"]) await negative(id, d);
    // A positive recorded outside the service (e.g. imported from the lab system) still blocks.
    await prisma().testResult.create({
      data: { contactId: id, sampleDate: new Date("2026-03-17T00:00:00Z"), result: "POSITIVE", createdById: u.mk.id },
    });
    const e = await expectAppError(releaseContact(u.mk, id, { date: "2026-03-22" }, { now: at("2026-03-25") }), "REFUSED", "registry.errors.releasePositiveTest");
    expect(e.values).toEqual({ dates: "2026-03-17", count: 1 });
    // Through the service a positive makes the contact a case, which is not released either.
    const other = await newClose();
    await recordTestResult(u.mk, other, { sampleDate: "2026-03-05", result: "POSITIVE" }, { now: at("2026-03-25") });
    await expectAppError(releaseContact(u.mk, other, { date: "2026-03-22" }, { now: at("2026-03-25") }), "REFUSED", "registry.errors.contactNotActive");
  });

  it("identified after the release day: released once the intake test is negative", async () => {
    const { contacts } = await registerContacts(
      u.mk,
      caseId,
      { contacts: [closeRow({ category: "GENERAL", lastExposureDate: "2026-03-01", identifiedDate: "2026-03-20" })] },
      { now: at("2026-03-25") },
    );
    const id = contacts[0]!.id;
    expect(contacts[0]?.plan).toMatchObject({ phases: [], tests: [{ date: "2026-03-20", phase: "MEDICAL_OBSERVATION", doubleSample: false }], releaseDate: "2026-03-15" });
    const e = await expectAppError(releaseContact(u.mk, id, { date: "2026-03-20" }, { now: at("2026-03-25") }), "REFUSED", "registry.errors.releaseMissingTests");
    expect(e.values).toEqual({ dates: "2026-03-20", count: 1 });
    await negative(id, "2026-03-20");
    expect((await releaseContact(u.mk, id, { date: "2026-03-21" }, { now: at("2026-03-25") })).status).toBe("RELEASED");
  });
});

describe("extendPhase", () => {
  it("refuses shortening (422) and extends with later phases and tests moving", async () => {
    const id = await newClose();
    const now = at("2026-03-10");
    const short = await expectAppError(
      extendPhase(u.mk, id, { phase: "CENTRALIZED_ISOLATION", newEndDate: "2026-03-14", reason: "x" }, { now }),
      "RULE_VIOLATION",
      "registry.errors.extensionNotLonger",
    );
    expect(short.status).toBe(422);
    expect(short.fields).toEqual([{ path: "newEndDate", key: "registry.errors.extensionNotLonger", values: { endDate: "2026-03-15" } }]);
    await expectAppError(extendPhase(u.mk, id, { phase: "CENTRALIZED_ISOLATION", newEndDate: "2026-03-15", reason: "x" }, { now }), "RULE_VIOLATION");
    await expectAppError(extendPhase(u.mk, id, { phase: "HOME_ISOLATION", newEndDate: "2026-03-30", reason: "x" }, { now }), "RULE_VIOLATION", "registry.errors.phaseNotInPlan");
    const noReason = await expectAppError(extendPhase(u.mk, id, { phase: "CENTRALIZED_ISOLATION", newEndDate: "2026-03-18" }, { now }), "VALIDATION");
    expect(noReason.fields).toEqual([{ path: "reason", key: "errors.required" }]);

    const after = await extendPhase(u.mk, id, { phase: "CENTRALIZED_ISOLATION", newEndDate: "2026-03-18", reason: "第14天双采样结果待复核" }, { now });
    expect(after.plan).toMatchObject({
      phases: [
        { kind: "CENTRALIZED_ISOLATION", startDate: "2026-03-02", endDate: "2026-03-18" },
        { kind: "HOME_HEALTH_MONITORING", startDate: "2026-03-19", endDate: "2026-03-25" },
      ],
      tests: [
        { date: "2026-03-02" },
        { date: "2026-03-05" },
        { date: "2026-03-08" },
        { date: "2026-03-15", doubleSample: true },
        { date: "2026-03-20", phase: "HOME_HEALTH_MONITORING" },
        { date: "2026-03-25", phase: "HOME_HEALTH_MONITORING" },
      ],
      releaseDate: "2026-03-25",
      extensions: [{ phase: "CENTRALIZED_ISOLATION", previousEnd: "2026-03-15", newEnd: "2026-03-18", reason: "第14天双采样结果待复核" }],
    });
    expect(await prisma().auditEvent.count({ where: { entityId: id, action: "contact.extend_phase" } })).toBe(1);
    const read = await getContact(u.mk, id);
    expect(read.plan?.releaseDate).toBe("2026-03-25");
  });
});
