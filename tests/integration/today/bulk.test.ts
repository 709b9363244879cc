import { beforeAll, describe, expect, it } from "vitest";
import { registerCase } from "@/lib/cases/register-case";
import { registerContacts } from "@/lib/contacts/register-contacts";
import { bulkAction, bulkAnswer } from "@/lib/bulk/bulk-action";
import { assignCaseStaff, assignContactStaff } from "@/lib/assignment/assign-staff";
import { createSite } from "@/lib/sites/create-site";
import { prisma } from "@/lib/db";
import { at, caseBody, closeRow, expectAppError, MAERKANG, seedFixtures, WENCHUAN, type Users } from "../registry/fixtures";

let u: Users;
const now = at("2026-03-08");
let caseId: string;
let mk: string[] = [];
let wc: string;
beforeAll(async () => {
  u = await seedFixtures();
  const c = await registerCase(u.mk, caseBody(), { now });
  caseId = c.id;
  const rows = Array.from({ length: 6 }, (_, i) => closeRow({ name: `批量${i}` }));
  mk = (await registerContacts(u.mk, c.id, { contacts: rows }, { now })).contacts.map((x) => x.id);
  const other = await registerCase(u.wc, caseBody({ countyCode: WENCHUAN }), { now });
  wc = (await registerContacts(u.wc, other.id, { contacts: [closeRow({ name: "外县" })] }, { now })).contacts[0]!.id;
});

const results = (ids: string[]) => prisma().testResult.count({ where: { contactId: { in: ids } } });

describe("bulk test results", () => {
  it("records a negative for each person and refuses another county's person by itself", async () => {
    const r = await bulkAction(u.mk, { action: "testResult", contacts: [...mk.slice(0, 3), wc].map((id) => ({ id })), testResult: { sampleDate: "2026-03-05", result: "NEGATIVE", lab: "州疾控" } }, { now });
    expect(r.applied).toBe(true);
    expect(r.done).toEqual(mk.slice(0, 3));
    expect(r.refused.map((x) => [x.id, x.error.code])).toEqual([[wc, "NOT_FOUND"]]);
    expect(await results(mk.slice(0, 3))).toBe(3);
    expect(await results([wc])).toBe(0);
    const answer = bulkAnswer(r, "en");
    expect(answer.refused[0]!.message).toMatch(/does not exist/i);
  });

  it("refuses everything when all-or-nothing meets a stale version", async () => {
    const before = await prisma().contact.findMany({ where: { id: { in: mk.slice(3, 6) } }, orderBy: { id: "asc" } });
    const contacts = before.map((c, i) => ({ id: c.id, version: i === 1 ? c.version + 5 : c.version }));
    const r = await bulkAction(u.mk, { action: "testResult", allOrNothing: true, contacts, testResult: { sampleDate: "2026-03-05", result: "NEGATIVE" } }, { now });
    expect(r.applied).toBe(false);
    expect(r.done).toEqual([]);
    expect(r.refused.map((x) => [x.id, x.error.code])).toEqual([[contacts[1]!.id, "STALE"]]);
    expect(await results(mk.slice(3, 6))).toBe(0);
  });

  it("refuses positives, empty selections and unknown actions as a whole", async () => {
    const e = await expectAppError(bulkAction(u.mk, { action: "testResult", contacts: [{ id: mk[0] }], testResult: { sampleDate: "2026-03-05", result: "POSITIVE" } }, { now }), "VALIDATION");
    expect(e.fields.map((f) => f.key)).toEqual(["today.errors.bulkNoPositive"]);
    const empty = await expectAppError(bulkAction(u.mk, { action: "release", contacts: [] }, { now }), "VALIDATION");
    expect(empty.fields.map((f) => f.key)).toEqual(["today.errors.bulkEmpty"]);
    await expectAppError(bulkAction(u.mk, { action: "testResult", contacts: [{ id: mk[0] }] }, { now }), "VALIDATION");
    await expectAppError(bulkAction(u.official, { action: "release", contacts: [{ id: mk[0] }] }, { now }), "FORBIDDEN");
  });
});

describe("bulk site assignment and release", () => {
  it("places people until the site is full and refuses the rest by name", async () => {
    const site = await createSite(u.mk, { name: "批量点", countyCode: MAERKANG, capacity: 4 }, { now });
    const r = await bulkAction(u.mk, { action: "assignSite", siteId: site.id, contacts: mk.map((id) => ({ id })) }, { now });
    expect(r.done).toHaveLength(4);
    expect(r.refused.map((x) => x.error.key)).toEqual(["registry.errors.siteFull", "registry.errors.siteFull"]);
    expect(await prisma().contact.count({ where: { siteId: site.id } })).toBe(4);
  });

  it("refuses a release before the release date for each person, nothing changed", async () => {
    const r = await bulkAction(u.mk, { action: "release", contacts: mk.slice(0, 2).map((id) => ({ id })) }, { now });
    expect(r.done).toEqual([]);
    expect(r.refused.map((x) => x.error.key)).toEqual(["registry.errors.releaseTooEarly", "registry.errors.releaseTooEarly"]);
    const after = await prisma().contact.findMany({ where: { id: { in: mk.slice(0, 2) } } });
    expect(after.every((c) => c.status === "ACTIVE")).toBe(true);
  });
});

describe("work assignment", () => {
  it("assigns a staff member of the county, audits before and after, refuses others", async () => {
    const c = await prisma().contact.findUniqueOrThrow({ where: { id: mk[0]! } });
    const a = await assignContactStaff(u.mk, mk[0]!, { assignedToId: u.mk2.id, version: c.version }, { now });
    expect(a).toMatchObject({ assignedToId: u.mk2.id, assignedToName: "mk-staff-2", version: c.version + 1 });
    const audit = await prisma().auditEvent.findFirstOrThrow({ where: { action: "contact.assign_staff", entityId: mk[0]! } });
    expect([audit.before, audit.after]).toEqual([{ assignedToId: null }, { assignedToId: u.mk2.id }]);
    await expectAppError(assignContactStaff(u.mk, mk[0]!, { assignedToId: u.wc.id }, { now }), "RULE_VIOLATION", "today.errors.assigneeNotStaff");
    await expectAppError(assignContactStaff(u.mk, mk[0]!, { assignedToId: u.official.id }, { now }), "RULE_VIOLATION");
    await expectAppError(assignContactStaff(u.mk, mk[0]!, { assignedToId: null, version: c.version }, { now }), "STALE");
    await expectAppError(assignContactStaff(u.wc, mk[0]!, { assignedToId: null }, { now }), "NOT_FOUND");
    const r = await bulkAction(u.mk, { action: "assignStaff", assignedToId: u.mk.id, contacts: mk.slice(1, 4).map((id) => ({ id })) }, { now });
    expect(r.done).toHaveLength(3);
    expect(await prisma().contact.count({ where: { assignedToId: u.mk.id } })).toBe(3);
  });

  it("assigns a case", async () => {
    const a = await assignCaseStaff(u.mk, caseId, { assignedToId: u.mk.id }, { now });
    expect(a.assignedToId).toBe(u.mk.id);
    await expectAppError(assignCaseStaff(u.wc, caseId, { assignedToId: u.wc.id }, { now }), "NOT_FOUND");
  });
});
