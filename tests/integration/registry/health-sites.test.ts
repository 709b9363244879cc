import { beforeAll, describe, expect, it } from "vitest";
import { registerCase } from "@/lib/cases/register-case";
import { registerContacts } from "@/lib/contacts/register-contacts";
import { prisma } from "@/lib/db";
import { recordHealthCheck } from "@/lib/health/record-health-check";
import { assignSite } from "@/lib/sites/assign-site";
import { createSite } from "@/lib/sites/create-site";
import { getSite } from "@/lib/sites/get-site";
import { listSites } from "@/lib/sites/list-sites";
import { updateSite } from "@/lib/sites/update-site";
import { at, caseBody, closeRow, expectAppError, MAERKANG, seedFixtures, WENCHUAN, type Users } from "./fixtures";

const now = at("2026-03-10");
let u: Users;
let caseId: string;
beforeAll(async () => {
  u = await seedFixtures();
  caseId = (await registerCase(u.mk, caseBody(), { now })).id;
});
async function contacts(n: number): Promise<string[]> {
  const r = await registerContacts(u.mk, caseId, { contacts: Array.from({ length: n }, () => closeRow()) }, { now });
  return r.contacts.map((c) => c.id);
}

describe("recordHealthCheck", () => {
  it("records a check and refuses a second one for the same slot", async () => {
    const [id] = await contacts(1);
    const check = await recordHealthCheck(u.mk, id!, { date: "2026-03-10", slot: "MORNING", temperature: 36.54, symptoms: ["乏力"] }, { now });
    expect(check).toMatchObject({ date: "2026-03-10", slot: "MORNING", temperature: 36.5, symptoms: ["乏力"] });
    const dup = await expectAppError(recordHealthCheck(u.mk, id!, { date: "2026-03-10", slot: "MORNING", temperature: 36.6 }, { now }), "CONFLICT", "registry.errors.healthCheckDuplicate");
    expect(dup.values).toEqual({ date: "2026-03-10", slot: "MORNING" });
    await recordHealthCheck(u.mk, id!, { date: "2026-03-10", slot: "EVENING", temperature: 37.2 }, { now });
    const bad = await expectAppError(recordHealthCheck(u.mk, id!, { date: "2026-03-11", slot: "NOON", temperature: 45 }, { now }), "VALIDATION");
    expect(bad.fields.map((f) => `${f.path} ${f.key}`).sort()).toEqual([
      "date registry.errors.dateInFuture",
      "slot errors.invalidValue",
      "temperature registry.errors.temperatureRange",
    ]);
  });
});

describe("sites", () => {
  it("creates, lists with occupancy, enforces capacity and county", async () => {
    const site = await createSite(u.mk, { name: "马尔康市集中隔离点一号", address: "马尔康镇", capacity: 2 });
    expect(site).toMatchObject({ countyCode: MAERKANG, capacity: 2, occupancy: 0, version: 1 });
    await expectAppError(createSite(u.mk, { name: "马尔康市集中隔离点一号", capacity: 5 }), "CONFLICT", "registry.errors.siteNameTaken");
    const otherCounty = await expectAppError(createSite(u.mk, { name: "x", capacity: 5, countyCode: WENCHUAN }), "VALIDATION");
    expect(otherCounty.fields[0]?.key).toBe("registry.errors.countyOutOfScope");

    const [a, b, c] = await contacts(3);
    expect((await assignSite(u.mk, a!, { siteId: site.id }, { now })).site).toEqual({ id: site.id, name: site.name });
    await assignSite(u.mk, b!, { siteId: site.id }, { now });
    const full = await expectAppError(assignSite(u.mk, c!, { siteId: site.id }, { now }), "CONFLICT", "registry.errors.siteFull");
    expect(full.values).toMatchObject({ capacity: 2 });

    const listed = await listSites(u.mk, {});
    expect(listed.items.find((s) => s.id === site.id)).toMatchObject({ occupancy: 2, free: 0 });
    const detail = await getSite(u.mk, site.id);
    expect(detail.occupants.map((o) => o.contactId).sort()).toEqual([a, b].sort());

    await expectAppError(updateSite(u.mk, site.id, { version: 1, capacity: 1 }), "RULE_VIOLATION", "registry.errors.capacityBelowOccupancy");
    const bigger = await updateSite(u.mk, site.id, { version: 1, capacity: 3 });
    expect(bigger).toMatchObject({ capacity: 3, version: 2, occupancy: 2 });
    await expectAppError(updateSite(u.mk, site.id, { version: 1, capacity: 4 }), "STALE");

    // Taking someone out frees a room.
    await assignSite(u.mk, a!, { siteId: null }, { now });
    expect((await getSite(u.mk, site.id)).occupancy).toBe(1);
    expect(await prisma().auditEvent.count({ where: { action: "contact.assign_site" } })).toBe(3);
  });

  it("lists sites a page at a time with the total, in the county, inactive ones only when asked", async () => {
    for (const name of ["分页点甲", "分页点乙", "分页点丙"]) await createSite(u.mk, { name, capacity: 5 });
    const closed = await createSite(u.mk, { name: "分页点丁", capacity: 5 });
    await updateSite(u.mk, closed.id, { version: 1, active: false });
    await createSite(u.wc, { name: "汶川分页点", capacity: 5 });
    const all = await prisma().isolationSite.findMany({ where: { countyCode: MAERKANG, active: true }, orderBy: { name: "asc" }, select: { name: true } });
    const first = await listSites(u.mk, { pageSize: 2 });
    const second = await listSites(u.mk, { pageSize: 2, page: 2 });
    expect(first.total).toBe(all.length);
    expect([...first.items, ...second.items].map((s) => s.name)).toEqual(all.map((s) => s.name).slice(0, 4));
    expect(first.items.every((s) => s.countyCode === MAERKANG && s.active)).toBe(true);
    // Past the last page: no rows, the total still told.
    expect(await listSites(u.mk, { pageSize: 2, page: 50 })).toMatchObject({ items: [], total: all.length });
    const withClosed = await listSites(u.mk, { includeInactive: true, pageSize: 200 });
    expect(withClosed.total).toBe(all.length + 1);
    expect(withClosed.items.find((s) => s.id === closed.id)).toMatchObject({ active: false, occupancy: 0 });
    expect((await listSites(u.official, { pageSize: 200 })).items.some((s) => s.countyCode === WENCHUAN)).toBe(true);
  });

  it("of two parallel assignments to the last free room exactly one succeeds", async () => {
    const site = await createSite(u.mk, { name: "并发测试隔离点", capacity: 3 });
    const ids = await contacts(4);
    await assignSite(u.mk, ids[0]!, { siteId: site.id }, { now });
    await assignSite(u.mk, ids[1]!, { siteId: site.id }, { now });
    const results = await Promise.allSettled([
      assignSite(u.mk, ids[2]!, { siteId: site.id }, { now }),
      assignSite(u.mk2, ids[3]!, { siteId: site.id }, { now }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ code: "CONFLICT", key: "registry.errors.siteFull" });
    expect(await prisma().contact.count({ where: { siteId: site.id, status: "ACTIVE" } })).toBe(3);
  });
});
