// Today kept per county (docs/decisions/0026-today-cache.md) on a real database: after each kind
// of write the stored rows answer exactly what the live computation answers (counts, order,
// items), a new day rebuilds them, and a mark made by a transaction that has not committed yet
// survives a read that runs meanwhile.
import { beforeAll, describe, expect, it } from "vitest";
import { registerCase } from "@/lib/cases/register-case";
import { assignContactStaff } from "@/lib/assignment/assign-staff";
import { confirmTransfer } from "@/lib/contacts/confirm-transfer";
import { extendPhase } from "@/lib/contacts/extend-phase";
import { registerContacts } from "@/lib/contacts/register-contacts";
import { releaseContact } from "@/lib/contacts/release-contact";
import { updateContact } from "@/lib/contacts/update-contact";
import { prisma } from "@/lib/db";
import { recordHealthCheck } from "@/lib/health/record-health-check";
import { recordTestResult } from "@/lib/lab-results/record-test-result";
import { assignSite } from "@/lib/sites/assign-site";
import { createSite } from "@/lib/sites/create-site";
import { getTasks, todayWhere } from "@/lib/tasks/get-tasks";
import { todayPage } from "@/lib/tasks/today-query";
import { warmToday } from "@/lib/tasks/today-warm";
import type { SessionUser } from "@/lib/auth/user";
import { at, caseBody, closeRow, MAERKANG, seedFixtures, type Users } from "../registry/fixtures";

let u: Users;
const DAY = "2026-03-16";
const now = at(DAY);
const ids: Record<string, string> = {};

/** The stored answer (getTasks on the current day) against the live one (computed for the same day). */
async function expectSame(user: SessionUser, filters: Record<string, string> = {}, day = DAY) {
  const stored = await getTasks(user, { date: day, pageSize: 200, ...filters }, { now: at(day) });
  const where = todayWhere(user, filters);
  const live = await todayPage(prisma(), day, where, filters.kind as never, 200, 0);
  expect(stored.counts).toEqual(live.counts);
  expect(stored.items.map((i) => [i.contactId, i.kinds.join(","), i.version])).toEqual(
    live.rows.map((r) => [r.id, Object.entries(r.flags).filter(([, v]) => v).map(([k]) => k).join(","), r.version]),
  );
  // The county's kept counts (TodayCount) equal the live counts of everyone in it.
  if (Object.keys(filters).length === 0 && user.countyCode) {
    const { countyCode, ...kept } = await prisma().todayCount.findUniqueOrThrow({ where: { countyCode: user.countyCode } });
    expect(countyCode).toBe(user.countyCode);
    expect(kept).toEqual(live.counts);
  }
  return stored;
}

const version = async (id: string) => (await prisma().contact.findUniqueOrThrow({ where: { id } })).version;

beforeAll(async () => {
  u = await seedFixtures();
  const c = await registerCase(u.mk, caseBody({ confirmedDate: "2026-03-01" }), { now });
  const { contacts } = await registerContacts(
    u.mk,
    c.id,
    {
      contacts: [
        closeRow({ name: "缓存甲", lastExposureDate: "2026-03-01", identifiedDate: "2026-03-02" }), // day 15: home monitoring from 03-16
        closeRow({ name: "缓存乙", lastExposureDate: "2026-03-10", identifiedDate: "2026-03-11" }),
        closeRow({ name: "缓存丙", lastExposureDate: "2026-03-12", identifiedDate: "2026-03-13" }),
        closeRow({ name: "缓存丁", category: "GENERAL", lastExposureDate: "2026-03-05", identifiedDate: "2026-03-06" }),
        closeRow({ name: "缓存戊", lastExposureDate: "2026-03-14", identifiedDate: "2026-03-15" }),
      ],
    },
    { now },
  );
  for (const [i, row] of contacts.entries()) ids[["transfer", "fever", "site", "general", "positive"][i]!] = row.id;
});

describe("Today kept per county", () => {
  it("answers what the live computation answers, after every kind of write", async () => {
    await expectSame(u.mk);
    // A fever, then a test after it.
    await recordHealthCheck(u.mk, ids.fever!, { date: DAY, slot: "MORNING", temperature: 38.2 }, { now });
    expect((await expectSame(u.mk)).counts.symptomatic).toBe(1);
    await recordTestResult(u.mk, ids.fever!, { sampleDate: DAY, result: "PENDING" }, { now });
    expect((await expectSame(u.mk)).counts.symptomatic).toBe(0);
    // Negatives clear overdue tests; a site clears "needs placement".
    for (const d of ["2026-03-13", "2026-03-16"]) await recordTestResult(u.mk, ids.site!, { sampleDate: d, result: "NEGATIVE" }, { now }).catch(() => undefined);
    await expectSame(u.mk);
    const site = await createSite(u.mk, { name: "缓存隔离点", countyCode: MAERKANG, capacity: 5 }, { now });
    await assignSite(u.mk, ids.site!, { siteId: site.id, version: await version(ids.site!) }, { now });
    await expectSame(u.mk, { siteId: site.id });
    // The transfer to home monitoring (an audit event), a release, an extension.
    await confirmTransfer(u.mk, ids.transfer!, { date: DAY }, { now });
    expect((await expectSame(u.mk)).items.find((i) => i.contactId === ids.transfer)?.kinds ?? []).not.toContain("transfer");
    await releaseContact(u.mk, ids.general!, { date: DAY }, { now }).catch(() => undefined);
    await extendPhase(u.mk, ids.site!, { phase: "CENTRALIZED_ISOLATION", newEndDate: "2026-03-30", reason: "复核" }, { now });
    await expectSame(u.mk);
    // A positive result escalates the contact (it leaves management); a rename, an assignment.
    await recordTestResult(u.mk, ids.positive!, { sampleDate: DAY, result: "POSITIVE" }, { now });
    await updateContact(u.mk, ids.fever!, { version: await version(ids.fever!), name: "缓存乙改" }, { now });
    await assignContactStaff(u.mk, ids.transfer!, { version: await version(ids.transfer!), assignedToId: u.mk2.id }, { now });
    const after = await expectSame(u.mk);
    expect(after.items.map((i) => i.contactId)).not.toContain(ids.positive);
    expect(after.items.find((i) => i.contactId === ids.fever)?.personName).toBe("缓存乙改");
    await expectSame(u.mk2, { assignedTo: "me" });
    await expectSame(u.mk, { kind: "testsDue" });
    await expectSame(u.mk, { category: "CLOSE", phase: "CENTRALIZED_ISOLATION" });
    await expectSame(u.official, { countyCode: MAERKANG });
  });

  it("rebuilds a county's rows for a new day", async () => {
    const next = "2026-03-17";
    await expectSame(u.mk, {}, next);
    const state = await prisma().todayDay.findUniqueOrThrow({ where: { countyCode: MAERKANG } });
    expect(state.day.toISOString().slice(0, 10)).toBe(next);
    await expectSame(u.mk, {}, DAY);
  });

  it("keeps the mark of a transaction still running for the read after it commits", async () => {
    await getTasks(u.mk, {}, { now });
    const before = (await getTasks(u.mk, {}, { now })).counts.symptomatic;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const writer = prisma().$transaction(
      async (tx) => {
        await recordHealthCheck(u.mk, ids.site!, { date: DAY, slot: "EVENING", temperature: 39.1 }, { now, db: tx });
        await held;
      },
      { timeout: 30_000 },
    );
    // Read while the writer holds its fever and its mark uncommitted: neither is seen yet.
    await new Promise((r) => setTimeout(r, 300));
    expect((await getTasks(u.mk, {}, { now })).counts.symptomatic).toBe(before);
    release();
    await writer;
    const after = await expectSame(u.mk);
    expect(after.counts.symptomatic).toBe(before + 1);
    expect(after.items[0]!.contactId).toBe(ids.site);
  });

  it("reads the stored rows without writing when nothing was marked, and sees a mark at once", async () => {
    await getTasks(u.mk, {}, { now });
    const built = await prisma().todayDay.findUniqueOrThrow({ where: { countyCode: MAERKANG } });
    const first = await getTasks(u.mk, {}, { now });
    // Nothing marked: the same rows, and the county's state untouched (no rebuild, no transaction).
    expect(await prisma().todayDay.findUniqueOrThrow({ where: { countyCode: MAERKANG } })).toEqual(built);
    expect((await getTasks(u.mk, {}, { now })).items).toEqual(first.items);
    // A write marks its person; the next read recomputes them before answering.
    await recordHealthCheck(u.mk, ids.general!, { date: DAY, slot: "MORNING", temperature: 38.4 }, { now });
    expect(await prisma().todayStale.count({ where: { countyCode: MAERKANG } })).toBeGreaterThan(0);
    const after = await expectSame(u.mk);
    expect(after.items[0]!.kinds[0]).toBe("symptomatic");
    expect(after.items.some((i) => i.contactId === ids.general && i.kinds.includes("symptomatic"))).toBe(true);
    expect(await prisma().todayStale.count({ where: { countyCode: MAERKANG } })).toBe(0);
  });

  it("is warmed for a new day before its first reader, once per county", async () => {
    const next = "2026-03-18";
    expect(await warmToday({ now: at(next) })).toEqual([MAERKANG]);
    const state = await prisma().todayDay.findUniqueOrThrow({ where: { countyCode: MAERKANG } });
    expect(state.day.toISOString().slice(0, 10)).toBe(next);
    // A second round finds nothing to do, and the day's first read uses the warmed rows.
    expect(await warmToday({ now: at(next) })).toEqual([]);
    await expectSame(u.mk, {}, next);
    expect(await prisma().todayDay.findUniqueOrThrow({ where: { countyCode: MAERKANG } })).toEqual(state);
  });
});
