import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { registerCase } from "@/lib/cases/register-case";
import { getContact } from "@/lib/contacts/get-contact";
import { registerContacts } from "@/lib/contacts/register-contacts";
import { translate } from "@/lib/i18n/catalogue";
import { DEFAULT_POLICY } from "@/lib/isolation/policy";
import { createPolicyVersion } from "@/lib/policy/create-policy";
import { listPolicyVersions } from "@/lib/policy/list-policies";
import { previewPolicy } from "@/lib/policy/preview-policy";
import { policyPreviewSchema, policyVersionListSchema, policyVersionViewSchema } from "@/lib/policy/schemas";
import { onTheWire } from "@/lib/validation/answer-fields";
import { at, caseBody, closeRow, expectAppError, seedFixtures, type Users } from "../registry/fixtures";

const now = at("2026-03-10");
let u: Users;
let caseId: string;
beforeAll(async () => {
  u = await seedFixtures();
  caseId = (await registerCase(u.mk, caseBody(), { now })).id;
});

/** The default policy as the form sends it, with CLOSE changed to a "10+4" protocol. */
function draft(version: string, close?: Record<string, unknown>) {
  const categories = JSON.parse(JSON.stringify(DEFAULT_POLICY.categories)) as Record<string, Record<string, unknown>>;
  categories.CLOSE = close ?? {
    phases: [
      { kind: "CENTRALIZED_ISOLATION", startDay: 1, endDay: 10 },
      { kind: "HOME_HEALTH_MONITORING", startDay: 11, endDay: 14 },
    ],
    testDays: [1, 4, 7, 10, 14],
    doubleSampleDays: [10],
    releaseDay: 14,
  };
  return { version, maxExtensionDays: 21, categories, note: "省卫健委 2026 年第 3 号通知" };
}

async function registerClose(lastExposureDate: string) {
  const { contacts } = await registerContacts(u.mk, caseId, { contacts: [closeRow({ lastExposureDate, identifiedDate: lastExposureDate })] }, { now });
  return contacts[0]!.id;
}

describe("policy versions", () => {
  it("lists the built-in default as current before anything is stored", async () => {
    const answer = await listPolicyVersions(u.admin);
    policyVersionListSchema.parse(onTheWire(answer));
    expect(answer.versions).toHaveLength(1);
    expect(answer.versions[0]).toMatchObject({ version: "default-1", current: true, createdByName: null, maxExtensionDays: 28, planCount: 0 });
    expect(answer.versions[0]!.categories.CLOSE.releaseDay).toBe(21);
    expect(await prisma().policyVersion.count()).toBe(0);
  });

  it("a plan computed before a new version keeps its version; one computed after follows the new one", async () => {
    const before = await registerClose("2026-03-01");
    const planBefore = (await getContact(u.mk, before, { now })).plan!;
    expect(planBefore).toMatchObject({ policyVersion: "default-1", releaseDate: "2026-03-22" });

    const created = await createPolicyVersion(u.admin, draft("2026-03-10"), { now });
    policyVersionViewSchema.parse(onTheWire(created));
    expect(created).toMatchObject({ version: "2026-03-10", current: true, createdById: u.admin.id, createdByName: "admin", maxExtensionDays: 21, note: "省卫健委 2026 年第 3 号通知" });

    const after = await registerClose("2026-03-01");
    const planAfter = (await getContact(u.mk, after, { now })).plan!;
    expect(planAfter.policyVersion).toBe("2026-03-10");
    expect(planAfter.releaseDate).toBe("2026-03-15");
    expect(planAfter.phases).toEqual([
      { kind: "CENTRALIZED_ISOLATION", startDate: "2026-03-01", endDate: "2026-03-11" },
      { kind: "HOME_HEALTH_MONITORING", startDate: "2026-03-12", endDate: "2026-03-15" },
    ]);
    // The first plan is exactly what it was.
    expect((await getContact(u.mk, before, { now })).plan).toEqual(planBefore);

    const { versions } = await listPolicyVersions(u.admin);
    expect(versions.map((v) => [v.version, v.current, v.planCount])).toEqual([
      ["2026-03-10", true, 1],
      ["default-1", false, 1],
    ]);
    expect(await prisma().policyVersion.count({ where: { current: true } })).toBe(1);
  });

  it("audits the change with the version it replaced and who made it", async () => {
    const event = await prisma().auditEvent.findFirstOrThrow({ where: { action: "policy.create", entityId: "2026-03-10" } });
    expect(event).toMatchObject({ actorId: u.admin.id, actorName: "admin", entity: "PolicyVersion", before: { currentVersion: "default-1" } });
    expect(event.after).toMatchObject({ version: "2026-03-10", categories: { CLOSE: { releaseDay: 14 } } });
  });

  it.each([
    [
      "a gap between phases",
      { phases: [{ kind: "CENTRALIZED_ISOLATION", startDay: 1, endDay: 14 }, { kind: "HOME_HEALTH_MONITORING", startDay: 16, endDay: 21 }], testDays: [1, 21], doubleSampleDays: [] },
      "categories.CLOSE.phases.1.startDay",
      "admin.errors.policyPhasesNotContiguous",
      "第 15 天",
    ],
    [
      "overlapping phases",
      { phases: [{ kind: "CENTRALIZED_ISOLATION", startDay: 1, endDay: 14 }, { kind: "HOME_HEALTH_MONITORING", startDay: 14, endDay: 21 }], testDays: [1, 21], doubleSampleDays: [] },
      "categories.CLOSE.phases.1.startDay",
      "admin.errors.policyPhasesNotContiguous",
      "第 15 天",
    ],
    [
      "a test day outside the phases",
      { phases: [{ kind: "CENTRALIZED_ISOLATION", startDay: 1, endDay: 14 }], testDays: [1, 7, 15], doubleSampleDays: [] },
      "categories.CLOSE.testDays.2",
      "admin.errors.policyTestDayAfterRelease",
      "第 14 天",
    ],
    [
      "a double-sample day that is no test day",
      { phases: [{ kind: "CENTRALIZED_ISOLATION", startDay: 1, endDay: 14 }], testDays: [1, 14], doubleSampleDays: [7] },
      "categories.CLOSE.doubleSampleDays.0",
      "admin.errors.policyDoubleSampleNotTestDay",
      "双采双检",
    ],
    [
      "a release day that is not the last phase's end",
      { phases: [{ kind: "CENTRALIZED_ISOLATION", startDay: 1, endDay: 14 }], testDays: [1, 14], doubleSampleDays: [], releaseDay: 21 },
      "categories.CLOSE.releaseDay",
      "admin.errors.policyReleaseDay",
      "第 14 天",
    ],
  ])("refuses %s, naming the field in the user's language, and saves nothing", async (_name, close, path, key, words) => {
    const versionsBefore = await prisma().policyVersion.count();
    const eventsBefore = await prisma().auditEvent.count({ where: { action: "policy.create" } });
    const error = await expectAppError(createPolicyVersion(u.admin, draft("refused", close), { now }), "VALIDATION");
    const issue = error.fields.find((f) => f.path === path);
    expect(issue, JSON.stringify(error.fields)).toMatchObject({ key });
    expect(translate("zh-CN", issue!.key, issue!.values)).toContain(words);
    expect(translate("en", issue!.key, issue!.values)).not.toBe(issue!.key);
    expect(await prisma().policyVersion.count()).toBe(versionsBefore);
    expect(await prisma().auditEvent.count({ where: { action: "policy.create" } })).toBe(eventsBefore);
    expect((await prisma().policyVersion.findFirstOrThrow({ where: { current: true } })).version).toBe("2026-03-10");
  });

  it("refuses a version name already used, and a malformed one", async () => {
    const taken = await expectAppError(createPolicyVersion(u.admin, draft("default-1"), { now }), "VALIDATION");
    expect(taken.fields).toEqual([{ path: "version", key: "admin.errors.policyVersionTaken", values: { version: "default-1" } }]);
    const bad = await expectAppError(createPolicyVersion(u.admin, draft("新 版本"), { now }), "VALIDATION");
    expect(bad.fields).toEqual([{ path: "version", key: "admin.errors.policyVersionFormat" }]);
  });

  it("previews a contact's plan under a draft beside the current version, storing nothing", async () => {
    const versionsBefore = await prisma().policyVersion.count();
    const answer = await previewPolicy(u.admin, { ...draft("draft"), contact: { category: "CLOSE", lastExposureDate: "2026-03-01", identifiedDate: "2026-03-05" } });
    policyPreviewSchema.parse(onTheWire(answer));
    expect(answer.draft.releaseDate).toBe("2026-03-15");
    expect(answer.draft.phases[0]).toEqual({ kind: "CENTRALIZED_ISOLATION", startDate: "2026-03-05", endDate: "2026-03-11" });
    expect(answer.current).toMatchObject({ version: "2026-03-10", plan: { releaseDate: "2026-03-15" } });
    expect(await prisma().policyVersion.count()).toBe(versionsBefore);

    const error = await expectAppError(
      previewPolicy(u.admin, { ...draft("draft"), contact: { category: "CLOSE", lastExposureDate: "2026-03-05", identifiedDate: "2026-03-01" } }),
      "VALIDATION",
    );
    expect(error.fields).toEqual([{ path: "contact.identifiedDate", key: "registry.errors.identifiedBeforeExposure", values: { lastExposureDate: "2026-03-05" } }]);
  });

  it("is for administrators only", async () => {
    for (const user of [u.mk, u.official]) {
      await expectAppError(listPolicyVersions(user), "FORBIDDEN");
      await expectAppError(createPolicyVersion(user, draft("nope")), "FORBIDDEN");
      await expectAppError(previewPolicy(user, { ...draft("nope"), contact: { category: "CLOSE", lastExposureDate: "2026-03-01", identifiedDate: "2026-03-01" } }), "FORBIDDEN");
    }
  });
});
