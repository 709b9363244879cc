// The audit trail itself (issue 8 item 7): append-only against TRUNCATE too, typed action names
// (old rows keep their names and are read back under the new ones), and no full ID number or
// phone in a snapshot.
import { beforeAll, describe, expect, it } from "vitest";
import { AUDIT_ACTION_NAMES, actionLabel, currentAction, LEGACY_ACTIONS } from "@/lib/audit/actions";
import { registerCase } from "@/lib/cases/register-case";
import { updateCase } from "@/lib/cases/update-case";
import { confirmedTransfers } from "@/lib/contacts/confirm-transfer";
import { registerContacts } from "@/lib/contacts/register-contacts";
import { prisma } from "@/lib/db";
import { at, caseBody, closeRow, nextId, seedFixtures, type Users } from "../registry/fixtures";

let u: Users;
beforeAll(async () => {
  u = await seedFixtures();
});

describe("append-only", () => {
  it("refuses TRUNCATE of the audit trail and of the access log, and keeps the rows", async () => {
    const db = prisma();
    await db.auditEvent.create({ data: { action: "case.update", entity: "Case" } });
    await db.personAccessLog.create({
      data: { actorId: u.mk.id, actorName: "mk-staff", actorRole: "COUNTY_STAFF", entity: "Case", entityId: u.mk.id, personId: u.mk.id, countyCode: "513201", via: "page" },
    });
    await expect(db.$executeRawUnsafe(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`TRUNCATE "PersonAccessLog"`)).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`DELETE FROM "PersonAccessLog"`)).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`UPDATE "PersonAccessLog" SET "via" = 'x'`)).rejects.toThrow(/append-only/);
    expect(await db.auditEvent.count()).toBeGreaterThan(0);
    expect(await db.personAccessLog.count()).toBe(1);
  });
});

describe("typed actions", () => {
  it("are dotted lower-case names, and every legacy name maps to one of them", () => {
    for (const a of AUDIT_ACTION_NAMES) expect(a).toMatch(/^[a-z_]+\.[a-z_]+$/);
    for (const [old, now] of Object.entries(LEGACY_ACTIONS)) {
      expect(AUDIT_ACTION_NAMES).toContain(now);
      expect(currentAction(old)).toBe(now);
    }
    expect(actionLabel("contact.extendPhase", "zh-CN")).toBe("延长管控阶段");
    expect(actionLabel("contact.extend_phase", "en")).toBe("Extend phase");
    expect(actionLabel("something.unknown", "en")).toBe("something.unknown");
  });

  it("writes services' events under the typed names", async () => {
    const c = await registerCase(u.mk, caseBody(), { now: at("2026-03-02") });
    const events = await prisma().auditEvent.findMany({ where: { entityId: c.id } });
    expect(events.map((e) => e.action)).toEqual(["case.register"]);
  });

  it("reads a transfer confirmed under the old name back (rows are never renamed)", async () => {
    const c = await registerCase(u.mk, caseBody(), { now: at("2026-03-02") });
    const { contacts } = await registerContacts(u.mk, c.id, { contacts: [closeRow()] }, { now: at("2026-03-02") });
    const id = contacts[0]!.id;
    await prisma().auditEvent.create({
      data: { action: "contact.transferHome", entity: "Contact", entityId: id, countyCode: "513201", after: { date: "2026-03-16" } },
    });
    expect(await confirmedTransfers(u.mk, [id])).toEqual(new Map([[id, "2026-03-16"]]));
  });
});

describe("snapshots", () => {
  it("never hold a full ID number or phone, in fields or in free text", async () => {
    const idNumber = nextId();
    const c = await registerCase(u.mk, caseBody({ idNumber, phone: "13912345678" }), { now: at("2026-03-02") });
    const full = await prisma().case.findUniqueOrThrow({ where: { id: c.id } });
    await updateCase(u.mk, c.id, { version: full.version, notes: `家属电话 13787654321，身份证 ${nextId()}` }, { now: at("2026-03-03") });
    const events = await prisma().auditEvent.findMany({ where: { entityId: c.id }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["case.register", "case.update"]);
    const text = JSON.stringify(events.map((e) => [e.before, e.after]));
    expect(text).not.toContain(idNumber);
    expect(text).not.toContain("13912345678");
    expect(text).not.toContain("13787654321");
    expect(text).not.toMatch(/\d{17}[\dX]/);
    const after = events[0]!.after as { person: { idNumber: string; phone: string; name: string } };
    expect(after.person.idNumber).toBe(`${"*".repeat(14)}${idNumber.slice(-4)}`);
    expect(after.person.phone).toBe("*******5678");
    // Names stay: the trail must say whose record changed.
    expect(after.person.name).toBe("李四");
    expect((events[1]!.after as { notes: string }).notes).toMatch(/^家属电话 \*{7}4321，身份证 \*{14}[\dX]{4}$/u);
  });
});
