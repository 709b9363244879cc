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

const person = (page: Awaited<ReturnType<typeof getTasks>>, id: string) => page.items.find((p) => p.contactId === id)!;

describe("getTasks", () => {
  it("lists the day's tests, overdue tests and missing health checks per person", async () => {
    const page = await getTasks(u.mk, { date: "2026-03-08" }, { now });
    expect(page.date).toBe("2026-03-08");
    const close = person(page, closeId);
    expect(close).toMatchObject({ personName: "任务密接", category: "CLOSE", countyCode: MAERKANG, phase: "CENTRALIZED_ISOLATION" });
    expect(close.testsDue).toEqual([{ date: "2026-03-08", phase: "CENTRALIZED_ISOLATION", doubleSample: false, pending: false }]);
    expect(close.overdueTests.map((x) => [x.date, x.pending, x.daysOverdue])).toEqual([["2026-03-05", false, 3]]);
    expect(close.missingSlots).toEqual(["EVENING"]);
    const general = person(page, generalId);
    expect(general.overdueTests.map((x) => [x.date, x.pending])).toEqual([["2026-03-06", true]]);
    expect(general.missingSlots).toEqual(["MORNING", "EVENING"]);
    expect(page.items.every((p) => !p.kinds.includes("transfer") && !p.kinds.includes("releaseDue"))).toBe(true);
  });

  it("lists transfers to home monitoring and releases due", async () => {
    const day16 = await getTasks(u.mk, { date: "2026-03-16" }, { now });
    expect(person(day16, closeId).kinds).toContain("transfer");
    expect(person(day16, closeId).transferSince).toBe("2026-03-16");
    expect(person(day16, generalId).kinds).toContain("releaseOverdue");
    const day15 = await getTasks(u.mk, { date: "2026-03-15" }, { now });
    expect(person(day15, generalId).kinds).toContain("releaseDue");
    const later = await getTasks(u.mk, { date: "2026-03-23", kind: "releaseOverdue" }, { now });
    expect(later.items.map((r) => r.contactId).sort()).toEqual([closeId, generalId].sort());
  });

  it("is scoped: another county sees nothing, officials see every county masked", async () => {
    const wc = await getTasks(u.wc, { date: "2026-03-08" }, { now });
    expect(wc.items).toEqual([]);
    expect(wc.total).toBe(0);
    const all = await getTasks(u.official, { date: "2026-03-08" }, { now });
    expect(all.items.map((c) => c.countyCode)).toEqual([MAERKANG, MAERKANG]);
    expect(person(all, closeId).personName).toBe("任***");
    void WENCHUAN;
  });
});
