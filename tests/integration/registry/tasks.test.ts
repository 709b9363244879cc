import { beforeAll, describe, expect, it } from "vitest";
import { registerCase } from "@/lib/cases/register-case";
import { registerContacts } from "@/lib/contacts/register-contacts";
import { recordHealthCheck } from "@/lib/health/record-health-check";
import { getTasks } from "@/lib/tasks/get-tasks";
import { recordTestResult } from "@/lib/lab-results/record-test-result";
import { at, caseBody, closeRow, MAERKANG, seedFixtures, WENCHUAN, type Users } from "./fixtures";

let u: Users;
let closeId: string;
let generalId: string;
const now = at("2026-03-08");
beforeAll(async () => {
  u = await seedFixtures();
  const c = await registerCase(u.mk, caseBody(), { now });
  const { contacts } = await registerContacts(
    u.mk,
    c.id,
    {
      contacts: [
        closeRow({ name: "任务密接" }), // 03-01 / 03-02: tests 02, 05, 08, 15, 17, 22; home monitoring from 03-16
        closeRow({ name: "任务一般", category: "GENERAL", identifiedDate: "2026-03-06" }), // tests 06, 15; release 03-15
      ],
    },
    { now },
  );
  closeId = contacts[0]!.id;
  generalId = contacts[1]!.id;
  await recordTestResult(u.mk, closeId, { sampleDate: "2026-03-02", result: "NEGATIVE" }, { now });
  await recordTestResult(u.mk, generalId, { sampleDate: "2026-03-06", result: "PENDING" }, { now });
  await recordHealthCheck(u.mk, closeId, { date: "2026-03-08", slot: "MORNING", temperature: 36.5 }, { now });
});

describe("getTasks", () => {
  it("lists the day's tests, overdue tests and missing health checks per county", async () => {
    const { date, counties } = await getTasks(u.mk, { date: "2026-03-08" }, { now });
    expect(date).toBe("2026-03-08");
    expect(counties.map((c) => c.countyCode)).toEqual([MAERKANG]);
    const t = counties[0]!;
    expect(t.testsDue).toEqual([
      { contactId: closeId, personName: "任务密接", category: "CLOSE", countyCode: MAERKANG, date: "2026-03-08", phase: "CENTRALIZED_ISOLATION", doubleSample: false, pending: false },
    ]);
    expect(t.overdueTests.map((x) => [x.personName, x.date, x.pending])).toEqual([
      ["任务密接", "2026-03-05", false],
      ["任务一般", "2026-03-06", true],
    ]);
    expect(t.missingHealthChecks.map((x) => [x.personName, x.missingSlots])).toEqual([
      // Sorted by name in Chinese (pinyin) order: 密 (mi) before 一 (yi).
      ["任务密接", ["EVENING"]],
      ["任务一般", ["MORNING", "EVENING"]],
    ]);
    expect(t.transfersDue).toEqual([]);
    expect(t.releasesDue).toEqual([]);
  });

  it("lists transfers to home monitoring and releases due", async () => {
    const transfers = (await getTasks(u.mk, { date: "2026-03-16" }, { now })).counties[0]!;
    expect(transfers.transfersDue).toEqual([
      { contactId: closeId, personName: "任务密接", category: "CLOSE", countyCode: MAERKANG, siteId: null, date: "2026-03-16", from: "CENTRALIZED_ISOLATION", to: "HOME_HEALTH_MONITORING" },
    ]);
    expect(transfers.releasesDue).toEqual([{ contactId: generalId, personName: "任务一般", category: "GENERAL", countyCode: MAERKANG, releaseDate: "2026-03-15" }]);
    const later = (await getTasks(u.mk, { date: "2026-03-22" }, { now })).counties[0]!;
    expect(later.releasesDue.map((r) => r.contactId).sort()).toEqual([closeId, generalId].sort());
  });

  it("is scoped: another county sees nothing, officials see every county masked", async () => {
    const wc = await getTasks(u.wc, { date: "2026-03-08" }, { now });
    expect(wc.counties).toEqual([{ countyCode: WENCHUAN, testsDue: [], overdueTests: [], transfersDue: [], releasesDue: [], missingHealthChecks: [] }]);
    const all = await getTasks(u.official, { date: "2026-03-08" }, { now });
    expect(all.counties.map((c) => c.countyCode)).toEqual([MAERKANG, WENCHUAN]);
    expect(all.counties[0]?.testsDue[0]?.personName).toBe("任***");
  });
});
