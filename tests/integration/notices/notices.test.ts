// Printable notices: which notice each contact gets, the release certificate refused unless the
// release rule allows it, and the risk notice recorded as given (who, when, audited).
import { beforeAll, describe, expect, it } from "vitest";
import { registerCase } from "@/lib/cases/register-case";
import { registerContacts } from "@/lib/contacts/register-contacts";
import { prisma } from "@/lib/db";
import { recordTestResult } from "@/lib/lab-results/record-test-result";
import { buildNotices } from "@/lib/notices/build-notices";
import { noticesGiven, recordRiskNotices } from "@/lib/notices/record-notice";
import { at, caseBody, closeRow, expectAppError, MAERKANG, seedFixtures, type Users } from "../registry/fixtures";

let u: Users;
let caseId: string;
const now = at("2026-03-10");
const ids: Record<"close" | "general" | "late", string> = { close: "", general: "", late: "" };

beforeAll(async () => {
  u = await seedFixtures();
  caseId = (await registerCase(u.mk, caseBody({ confirmedDate: "2026-03-08" }), { now })).id;
  const { contacts } = await registerContacts(
    u.mk,
    caseId,
    {
      contacts: [
        closeRow({ name: "隔离甲", lastExposureDate: "2026-03-08", identifiedDate: "2026-03-09" }),
        closeRow({ name: "一般乙", category: "GENERAL", lastExposureDate: "2026-03-08", identifiedDate: "2026-03-09" }),
        // Identified after its release day: one intake test, releasable once it is negative.
        closeRow({ name: "迟到丙", lastExposureDate: "2026-01-20", identifiedDate: "2026-03-10" }),
      ],
    },
    { now },
  );
  [ids.close, ids.general, ids.late] = contacts.map((c) => c.id) as [string, string, string];
});

describe("buildNotices", () => {
  it("gives a close contact the centralized isolation notice with the plan's dates, and the case's contacts as a batch", async () => {
    const { notices, skipped } = await buildNotices(u.mk, { kind: "isolation", ids: [ids.close] }, { now });
    expect(skipped).toEqual([]);
    expect(notices[0]).toMatchObject({ kind: "CENTRALIZED_ISOLATION", phase: "CENTRALIZED_ISOLATION", countyCode: MAERKANG, name: "隔离甲", identifiedDate: "2026-03-09" });
    expect(notices[0]!.plan.phases).toEqual([
      { kind: "CENTRALIZED_ISOLATION", startDate: "2026-03-09", endDate: "2026-03-22" },
      { kind: "HOME_HEALTH_MONITORING", startDate: "2026-03-23", endDate: "2026-03-29" },
    ]);
    const batch = await buildNotices(u.mk, { kind: "auto", caseId }, { now });
    expect(batch.notices.map((n) => [n.name, n.kind]).sort()).toEqual([
      ["一般乙", "RISK"],
      ["隔离甲", "CENTRALIZED_ISOLATION"],
    ]);
    // The late one has no phase left: named with the reason instead of printed.
    expect(batch.skipped).toMatchObject([{ name: "迟到丙", key: "errors.notices.noPhase" }]);
    const general = await buildNotices(u.mk, { kind: "isolation", ids: [ids.general] }, { now });
    expect(general.skipped[0]?.key).toBe("errors.notices.isolationNotForGeneral");
  });

  it("refuses the release certificate with the release rule's reason until release is allowed", async () => {
    const early = await buildNotices(u.mk, { kind: "release", ids: [ids.close] }, { now });
    expect(early.notices).toEqual([]);
    expect(early.skipped[0]).toMatchObject({ key: "registry.errors.releaseTooEarly", values: { releaseDate: "2026-03-29" } });
    const missing = await buildNotices(u.mk, { kind: "release", ids: [ids.late] }, { now });
    expect(missing.skipped[0]).toMatchObject({ key: "registry.errors.releaseMissingTests", values: { dates: "2026-03-10", count: 1 } });
    await recordTestResult(u.mk, ids.late, { sampleDate: "2026-03-10", result: "NEGATIVE" }, { now });
    const allowed = await buildNotices(u.mk, { kind: "release", ids: [ids.late] }, { now });
    expect(allowed.notices[0]).toMatchObject({ kind: "RELEASE", releasedOn: "2026-03-10", name: "迟到丙" });
  });

  it("is for county staff of the contact's county only", async () => {
    await expectAppError(buildNotices(u.official, { ids: [ids.close] }, { now }), "FORBIDDEN", "errors.notices.personalDataOnly");
    expect(await buildNotices(u.wc, { ids: [ids.close] }, { now })).toEqual({ notices: [], skipped: [] });
    await expectAppError(buildNotices(u.wc, { caseId }, { now }), "NOT_FOUND");
  });
});

describe("recordRiskNotices", () => {
  it("records who gave the risk notice and when, audited; only for active general contacts of the county", async () => {
    await expectAppError(recordRiskNotices(u.mk, { ids: [ids.close] }, { now }), "VALIDATION");
    await expectAppError(recordRiskNotices(u.wc, { ids: [ids.general] }, { now }), "NOT_FOUND");
    expect(await recordRiskNotices(u.mk2, { ids: [ids.general] }, { now })).toEqual({ recorded: 1 });
    expect(await noticesGiven(u.mk, ids.general)).toEqual([{ id: expect.any(String), kind: "RISK", givenAt: now.toISOString(), givenByName: "mk-staff-2" }]);
    expect(await noticesGiven(u.wc, ids.general)).toEqual([]);
    const contact = await prisma().contact.findUniqueOrThrow({ where: { id: ids.general } });
    // Registration dates the notice's intake day; the record says when it was actually given.
    expect(contact.riskNoticeDate?.toISOString().slice(0, 10)).toBe("2026-03-09");
    const audit = await prisma().auditEvent.findFirstOrThrow({ where: { action: "notice.given", entityId: ids.general } });
    expect([audit.actorId, audit.countyCode]).toEqual([u.mk2.id, MAERKANG]);
  });
});
