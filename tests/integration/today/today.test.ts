import { beforeAll, describe, expect, it } from "vitest";
import { registerCase } from "@/lib/cases/register-case";
import { registerContacts } from "@/lib/contacts/register-contacts";
import { recordHealthCheck } from "@/lib/health/record-health-check";
import { recordTestResult } from "@/lib/lab-results/record-test-result";
import { createSite } from "@/lib/sites/create-site";
import { assignSite } from "@/lib/sites/assign-site";
import { getTasks } from "@/lib/tasks/get-tasks";
import { prisma } from "@/lib/db";
import { at, caseBody, closeRow, expectAppError, MAERKANG, seedFixtures, type Users } from "../registry/fixtures";

let u: Users;
const now = at("2026-03-08");
const ids: Record<string, string> = {};
beforeAll(async () => {
  u = await seedFixtures();
  const c = await registerCase(u.mk, caseBody(), { now });
  const { contacts } = await registerContacts(
    u.mk,
    c.id,
    {
      contacts: [
        closeRow({ name: "发热者" }), // 03-01/03-02: tests 02, 05, 08 …; centralized until 03-15
        closeRow({ name: "同名", phone: "13800001111" }),
        closeRow({ name: "同名", phone: "13800002222" }),
        closeRow({ name: "已安置" }),
        closeRow({ name: "一般", category: "GENERAL", identifiedDate: "2026-03-06" }),
      ],
    },
    { now },
  );
  for (const [i, c2] of contacts.entries()) ids[["fever", "twinA", "twinB", "placed", "general"][i]!] = c2.id;
  // Fever at the boundary: 37.3 counts; the twins stay at 37.2.
  await recordHealthCheck(u.mk, ids.fever!, { date: "2026-03-08", slot: "MORNING", temperature: 37.3 }, { now });
  await recordHealthCheck(u.mk, ids.twinA!, { date: "2026-03-08", slot: "MORNING", temperature: 37.2 }, { now });
  for (const id of Object.values(ids)) await recordTestResult(u.mk, id, { sampleDate: "2026-03-02", result: "NEGATIVE" }, { now }).catch(() => undefined);
  const site = await createSite(u.mk, { name: "今日隔离点", countyCode: MAERKANG, capacity: 10 }, { now });
  const placed = await prisma().contact.findUniqueOrThrow({ where: { id: ids.placed! } });
  await assignSite(u.mk, ids.placed!, { siteId: site.id, version: placed.version }, { now });
});

describe("Today by person", () => {
  it("gives one row per person with all their items, the symptomatic person first", async () => {
    const page = await getTasks(u.mk, { date: "2026-03-08" }, { now });
    const names = page.items.map((i) => i.personName);
    expect(new Set(names.map((_, i) => page.items[i]!.contactId)).size).toBe(page.items.length);
    expect(page.items[0]!.contactId).toBe(ids.fever);
    expect(page.items[0]!.kinds[0]).toBe("symptomatic");
    expect(page.items[0]!.symptomatic).toEqual({ date: "2026-03-08", temperature: 37.3, symptoms: [] });
    const twin = page.items.find((i) => i.contactId === ids.twinA)!;
    // No check on 03-06 and 03-07: two missed days.
    expect(twin.kinds).toEqual(["placement", "overdueTests", "missedChecks", "testsDue", "healthChecks"]);
    expect(twin.overdueTests).toEqual([{ date: "2026-03-05", phase: "CENTRALIZED_ISOLATION", doubleSample: false, pending: false, daysOverdue: 3 }]);
    expect(twin.testsDue.map((t) => t.date)).toEqual(["2026-03-08"]);
    expect(twin.missingSlots).toEqual(["EVENING"]);
    // Namesakes told apart by the last four digits of the phone.
    const twins = page.items.filter((i) => i.personName === "同名").map((i) => i.phoneTail);
    expect(twins.sort()).toEqual(["*******1111", "*******2222"]);
    const placed = page.items.find((i) => i.contactId === ids.placed)!;
    expect(placed.kinds).not.toContain("placement");
    expect(placed.siteName).toBe("今日隔离点");
    expect(page.counts).toMatchObject({ people: 5, symptomatic: 1, placement: 3, testsDue: 4 });
    expect(page.total).toBe(5);
  });

  it("a test recorded after the fever clears the alert", async () => {
    await recordTestResult(u.mk, ids.fever!, { sampleDate: "2026-03-08", result: "PENDING" }, { now });
    const page = await getTasks(u.mk, { date: "2026-03-08" }, { now });
    expect(page.counts.symptomatic).toBe(0);
    expect(page.items.find((i) => i.contactId === ids.fever)!.kinds).not.toContain("symptomatic");
  });

  it("filters by kind, category and staff, and pages", async () => {
    const placement = await getTasks(u.mk, { date: "2026-03-08", kind: "placement" }, { now });
    expect(placement.total).toBe(3);
    expect(placement.items.every((i) => i.kinds.includes("placement"))).toBe(true);
    expect(placement.counts.people).toBe(5); // the counts ignore the kind filter: they open it
    const general = await getTasks(u.mk, { date: "2026-03-08", category: "GENERAL" }, { now });
    expect(general.items.map((i) => i.contactId)).toEqual([ids.general]);
    const first = await getTasks(u.mk, { date: "2026-03-08", pageSize: 2 }, { now });
    const second = await getTasks(u.mk, { date: "2026-03-08", pageSize: 2, page: 2 }, { now });
    const third = await getTasks(u.mk, { date: "2026-03-08", pageSize: 2, page: 3 }, { now });
    const all = [...first.items, ...second.items, ...third.items].map((i) => i.contactId);
    expect(new Set(all).size).toBe(5);
    expect(first.total).toBe(5);
    await prisma().contact.update({ where: { id: ids.general! }, data: { assignedToId: u.mk2.id } });
    const mine = await getTasks(u.mk2, { date: "2026-03-08", assignedTo: "me" }, { now });
    expect(mine.items.map((i) => i.contactId)).toEqual([ids.general]);
    const nobody = await getTasks(u.mk, { date: "2026-03-08", assignedTo: "none" }, { now });
    expect(nobody.total).toBe(4);
  });

  it("marks a release overdue and two missed health-check days", async () => {
    const later = await getTasks(u.mk, { date: "2026-03-17", category: "GENERAL" }, { now: at("2026-03-17") });
    const g = later.items[0]!;
    expect(g.kinds).toContain("releaseOverdue");
    expect(g.releaseOverdueDays).toBe(2);
    expect(g.kinds).toContain("missedChecks");
  });

  it("keeps counties apart and masks names for officials", async () => {
    expect((await getTasks(u.wc, { date: "2026-03-08" }, { now })).total).toBe(0);
    expect((await getTasks(u.wc, { date: "2026-03-08", countyCode: MAERKANG }, { now })).total).toBe(0);
    const official = await getTasks(u.official, { date: "2026-03-08", countyCode: MAERKANG }, { now });
    expect(official.total).toBe(5);
    expect(official.items.every((i) => i.personName.includes("*"))).toBe(true);
    await expectAppError(getTasks(u.mk, { kind: "nonsense" }, { now }), "VALIDATION");
  });
});

describe("alertCounts", () => {
  it("counts the alerts per county and the sites near or over capacity", async () => {
    const { alertCounts } = await import("@/lib/tasks/alert-counts");
    const small = await createSite(u.mk, { name: "小隔离点", countyCode: MAERKANG, capacity: 1 }, { now });
    const twinB = await prisma().contact.findUniqueOrThrow({ where: { id: ids.twinB! } });
    await assignSite(u.mk, ids.twinB!, { siteId: small.id, version: twinB.version }, { now });
    const [mk, wc] = await alertCounts([MAERKANG, "513221"], "2026-03-08");
    expect(mk).toMatchObject({ countyCode: MAERKANG, placement: 2, sitesNearFull: 1, sitesOver: 0 }); // fever and twinA still unplaced
    expect(wc).toEqual({ countyCode: "513221", symptomatic: 0, placement: 0, releaseOverdue: 0, missedChecks: 0, sitesNearFull: 0, sitesOver: 0 });
  });

  it("reads the current day from the counts kept per county, equal to the live counts, also after a write", async () => {
    const { alertCounts } = await import("@/lib/tasks/alert-counts");
    const day = "2026-03-08";
    const counties = [MAERKANG, "513221"];
    // `today` = the day asked: the kept rows and counts (TodayCount); otherwise computed live.
    const kept = await alertCounts(counties, day, undefined, day);
    expect(kept).toEqual(await alertCounts(counties, day, undefined, "2026-03-09"));
    expect(await prisma().todayCount.count({ where: { countyCode: { in: counties } } })).toBe(2);
    const before = kept[0]!.placement;
    await prisma().contact.update({ where: { id: ids.twinB! }, data: { siteId: null } });
    const after = await alertCounts(counties, day, undefined, day);
    expect(after[0]!.placement).toBe(before + 1);
    expect(after).toEqual(await alertCounts(counties, day, undefined, "2026-03-09"));
  });
});
