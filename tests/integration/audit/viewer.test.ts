// The audit viewer's services (issue 8 item 7): filters by actor, action (legacy names
// included), entity, county and date range in the prefecture's calendar, keyset pages, names
// instead of ids; and the access log written by reading a contact or case through the API.
import "next/dist/server/node-environment-baseline";
import { beforeAll, describe, expect, it } from "vitest";
import { listAccessLog, listAuditEvents } from "@/lib/audit/list-events";
import { startOfDay } from "@/lib/audit/filters";
import { registerCase } from "@/lib/cases/register-case";
import { registerContacts } from "@/lib/contacts/register-contacts";
import { prisma } from "@/lib/db";
import { GET as getContactRoute } from "@/app/api/v1/contacts/[id]/route";
import { GET as getCaseRoute } from "@/app/api/v1/cases/[id]/route";
import { at, caseBody, closeRow, expectAppError, seedFixtures, WENCHUAN, type Users } from "../registry/fixtures";
import { callRoute, sessionCookie } from "../http/next-request";

let u: Users;
let mkCase: string;
let mkContact: string;
beforeAll(async () => {
  u = await seedFixtures();
  mkCase = (await registerCase(u.mk, caseBody(), { now: at("2026-03-02") })).id;
  mkContact = (await registerContacts(u.mk, mkCase, { contacts: [closeRow(), closeRow()] }, { now: at("2026-03-02") })).contacts[0]!.id;
  await registerCase(u.wc, caseBody({ countyCode: WENCHUAN }), { now: at("2026-03-02") });
  // Events at known instants, for the date filter: 23:30 and 00:30 in Shanghai.
  const db = prisma();
  await db.auditEvent.create({ data: { action: "site.create", entity: "IsolationSite", countyCode: "513201", actorId: u.mk.id, actorName: "mk-staff", at: new Date("2026-02-10T15:30:00Z") } });
  await db.auditEvent.create({ data: { action: "site.create", entity: "IsolationSite", countyCode: "513201", actorId: u.mk.id, actorName: "mk-staff", at: new Date("2026-02-10T16:30:00Z") } });
  // A row written before the typed list.
  await db.auditEvent.create({ data: { action: "contact.create", entity: "Contact", countyCode: "513201", actorId: u.mk.id, actorName: "mk-staff" } });
});

describe("listAuditEvents", () => {
  it("is for administrators only", async () => {
    for (const x of [u.mk, u.official]) await expectAppError(listAuditEvents(x), "FORBIDDEN");
    await expectAppError(listAuditEvents(u.admin, { action: "no.such" }), "VALIDATION");
    await expectAppError(listAuditEvents(u.admin, { from: "2026-02-30" }), "VALIDATION");
  });

  it("filters by action, legacy names included, with the actor's name", async () => {
    const { events } = await listAuditEvents(u.admin, { action: "contact.register" });
    expect(events.map((e) => e.action).sort()).toEqual(["contact.create", "contact.register", "contact.register"]);
    expect(events.every((e) => e.actor?.username === "mk-staff" && e.actor.displayName === "mk-staff")).toBe(true);
  });

  it("filters by actor, entity and county", async () => {
    const wc = await listAuditEvents(u.admin, { actor: u.wc.id });
    expect(wc.events.length).toBeGreaterThan(0);
    expect(wc.events.every((e) => e.actorId === u.wc.id)).toBe(true);
    const cases = await listAuditEvents(u.admin, { entity: "Case", county: WENCHUAN });
    expect(cases.events.map((e) => e.action)).toEqual(["case.register"]);
    expect((await listAuditEvents(u.admin, { entity: "Case", county: "513201" })).events).toHaveLength(1);
  });

  it("filters by calendar days in the prefecture's time zone, both ends included", async () => {
    expect(startOfDay("2026-02-11", "Asia/Shanghai").toISOString()).toBe("2026-02-10T16:00:00.000Z");
    const on10 = await listAuditEvents(u.admin, { from: "2026-02-10", to: "2026-02-10" });
    expect(on10.events.map((e) => e.at.toISOString())).toEqual(["2026-02-10T15:30:00.000Z"]);
    const on11 = await listAuditEvents(u.admin, { from: "2026-02-11", to: "2026-02-11", action: "site.create" });
    expect(on11.events.map((e) => e.at.toISOString())).toEqual(["2026-02-10T16:30:00.000Z"]);
    expect((await listAuditEvents(u.admin, { to: "2026-02-11", action: "site.create" })).events).toHaveLength(2);
  });

  it("pages newest first by keyset, each event once", async () => {
    const all = (await listAuditEvents(u.admin, { pageSize: 200 })).events.map((e) => e.id);
    expect(all.length).toBeGreaterThan(5);
    const seen: bigint[] = [];
    let cursor: string | undefined;
    for (let i = 0; i < 100; i++) {
      const page = await listAuditEvents(u.admin, { pageSize: 2, ...(cursor ? { cursor } : {}) });
      expect(page.events.length).toBeLessThanOrEqual(2);
      seen.push(...page.events.map((e) => e.id));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(seen).toEqual(all);
    await expectAppError(listAuditEvents(u.admin, { pageSize: 201 }), "VALIDATION");
  });
});

describe("access log", () => {
  it("records each read of a contact or case through the API, not a refused one", async () => {
    const mk = await sessionCookie(u.mk);
    const ok = await callRoute(getContactRoute, `/api/v1/contacts/${mkContact}`, { cookie: mk, params: { id: mkContact } });
    expect(ok.status).toBe(200);
    expect((await callRoute(getCaseRoute, `/api/v1/cases/${mkCase}`, { cookie: await sessionCookie(u.official), params: { id: mkCase } })).status).toBe(200);
    // Another county's staff get 404 and leave no read behind.
    expect((await callRoute(getContactRoute, `/api/v1/contacts/${mkContact}`, { cookie: await sessionCookie(u.wc), params: { id: mkContact } })).status).toBe(404);

    const rows = await prisma().personAccessLog.findMany({ orderBy: { id: "asc" } });
    const person = (ok.body as { person: { id: string } }).person.id;
    expect(rows.map((r) => [r.actorId, r.actorRole, r.entity, r.entityId, r.countyCode, r.via])).toEqual([
      [u.mk.id, "COUNTY_STAFF", "Contact", mkContact, "513201", "api"],
      [u.official.id, "PREFECTURE_OFFICIAL", "Case", mkCase, "513201", "api"],
    ]);
    expect(rows[0]!.personId).toBe(person);
  });

  it("is shown to administrators with names and the same filters", async () => {
    await expectAppError(listAccessLog(u.mk), "FORBIDDEN");
    const all = await listAccessLog(u.admin);
    expect(all.entries.map((e) => e.actor?.username)).toEqual(["official", "mk-staff"]);
    const staff = await listAccessLog(u.admin, { actor: u.mk.id, entity: "Contact", county: "513201" });
    expect(staff.entries).toHaveLength(1);
    expect((await listAccessLog(u.admin, { county: WENCHUAN })).entries).toHaveLength(0);
    const page = await listAccessLog(u.admin, { pageSize: 1 });
    expect(page.nextCursor).not.toBeNull();
    expect((await listAccessLog(u.admin, { pageSize: 1, cursor: page.nextCursor! })).entries[0]!.actor?.username).toBe("mk-staff");
  });
});
