import { beforeAll, describe, expect, it } from "vitest";
import { registerCase } from "@/lib/cases/register-case";
import { confirmedTransfers, confirmTransfer } from "@/lib/contacts/confirm-transfer";
import { extendPhase } from "@/lib/contacts/extend-phase";
import { getContact } from "@/lib/contacts/get-contact";
import { recordReexposure } from "@/lib/contacts/record-reexposure";
import { registerContacts } from "@/lib/contacts/register-contacts";
import { prisma } from "@/lib/db";
import { assignSite } from "@/lib/sites/assign-site";
import { createSite } from "@/lib/sites/create-site";
import { getSite } from "@/lib/sites/get-site";
import { at, caseBody, closeRow, expectAppError, seedFixtures, type Users } from "../registry/fixtures";

let u: Users;
let caseId: string;
let siteId: string;
const registeredAt = at("2026-03-02");

beforeAll(async () => {
  u = await seedFixtures();
  caseId = (await registerCase(u.mk, caseBody(), { now: registeredAt })).id;
  siteId = (await createSite(u.mk, { name: "转运测试隔离点", capacity: 5 }, { now: registeredAt })).id;
});

/** A close contact exposed 03-01, identified 03-02: isolation 03-02..03-15, home monitoring 03-16..03-22. */
async function newClose(over: Record<string, unknown> = {}): Promise<string> {
  const { contacts } = await registerContacts(u.mk, caseId, { contacts: [closeRow(over)] }, { now: registeredAt });
  const id = contacts[0]!.id;
  await assignSite(u.mk, id, { siteId }, { now: registeredAt });
  return id;
}

describe("confirmTransfer", () => {
  it("moves the contact out of its site on the first day of home monitoring, audited, once per plan", async () => {
    const id = await newClose();
    const before = await getContact(u.mk, id);
    expect(before.site?.id).toBe(siteId);

    const early = await expectAppError(confirmTransfer(u.mk, id, { date: "2026-03-15" }, { now: at("2026-03-15") }), "REFUSED", "contacts.errors.transferTooEarly");
    expect(early.values).toEqual({ startDate: "2026-03-16" });
    expect(early.fields.map((f) => f.path)).toEqual(["date"]);
    await expectAppError(confirmTransfer(u.mk, id, { date: "2026-03-17" }, { now: at("2026-03-16") }), "VALIDATION");

    const after = await confirmTransfer(u.mk, id, {}, { now: at("2026-03-16") });
    expect(after.site).toBeNull();
    expect(after.version).toBe(before.version + 1);
    expect(after.plan?.phases.map((p) => [p.kind, p.startDate, p.endDate])).toEqual(before.plan?.phases.map((p) => [p.kind, p.startDate, p.endDate]));
    expect((await getSite(u.mk, siteId)).occupants.map((o) => o.contactId)).not.toContain(id);

    const events = await prisma().auditEvent.findMany({ where: { entityId: id, action: "contact.transfer_home" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: u.mk.id, countyCode: "513201", before: { phase: "CENTRALIZED_ISOLATION", siteId }, after: { phase: "HOME_HEALTH_MONITORING", date: "2026-03-16", siteId: null } });

    const twice = await expectAppError(confirmTransfer(u.mk, id, { date: "2026-03-17" }, { now: at("2026-03-17") }), "CONFLICT", "contacts.errors.transferAlreadyConfirmed");
    expect(twice.values).toEqual({ date: "2026-03-16" });
    expect(await confirmedTransfers(u.mk, [id])).toEqual(new Map([[id, "2026-03-16"]]));
  });

  it("follows an extended isolation: not before the new first day of home monitoring", async () => {
    const id = await newClose();
    await extendPhase(u.mk, id, { phase: "CENTRALIZED_ISOLATION", newEndDate: "2026-03-18", reason: "复核" }, { now: at("2026-03-10") });
    await expectAppError(confirmTransfer(u.mk, id, { date: "2026-03-16" }, { now: at("2026-03-16") }), "REFUSED", "contacts.errors.transferTooEarly");
    expect((await confirmTransfer(u.mk, id, { date: "2026-03-19" }, { now: at("2026-03-19") })).site).toBeNull();
  });

  it("asks for a new confirmation after a replan", async () => {
    const id = await newClose();
    await confirmTransfer(u.mk, id, { date: "2026-03-16" }, { now: at("2026-03-16") });
    expect((await confirmedTransfers(u.mk, [id])).has(id)).toBe(true);
    await recordReexposure(u.mk, id, { lastExposureDate: "2026-03-17", identifiedDate: "2026-03-17" }, { now: at("2026-03-17") });
    expect((await confirmedTransfers(u.mk, [id])).has(id)).toBe(false);
  });

  it("refuses contacts without home monitoring, inactive contacts and other counties (404)", async () => {
    const { contacts } = await registerContacts(u.mk, caseId, { contacts: [closeRow({ category: "GENERAL" })] }, { now: registeredAt });
    const general = contacts[0]!.id;
    await expectAppError(confirmTransfer(u.mk, general, { date: "2026-03-16" }, { now: at("2026-03-16") }), "REFUSED", "contacts.errors.noTransferInPlan");

    const id = await newClose();
    await expectAppError(confirmTransfer(u.wc, id, { date: "2026-03-16" }, { now: at("2026-03-16") }), "NOT_FOUND");
    await expectAppError(confirmTransfer(u.official, id, { date: "2026-03-16" }, { now: at("2026-03-16") }), "FORBIDDEN");
    expect(await confirmedTransfers(u.wc, [id])).toEqual(new Map());
    await prisma().contact.update({ where: { id }, data: { status: "RELEASED" } });
    await expectAppError(confirmTransfer(u.mk, id, { date: "2026-03-16" }, { now: at("2026-03-16") }), "REFUSED", "registry.errors.contactNotActive");
    expect(await prisma().auditEvent.count({ where: { entityId: { in: [general, id] }, action: "contact.transfer_home" } })).toBe(0);
  });
});

describe("the version an editor read, checked by the service", () => {
  it("extends at the version read, and answers STALE once someone else changed the contact", async () => {
    const id = await newClose();
    const { version } = await getContact(u.mk, id);
    const extend = (user: typeof u.mk, newEndDate: string, v?: number) =>
      extendPhase(user, id, { phase: "CENTRALIZED_ISOLATION", newEndDate, reason: "复核", ...(v === undefined ? {} : { version: v }) }, { now: at("2026-03-10") });
    const first = await extend(u.mk, "2026-03-17", version);
    expect(first.version).toBe(version + 1);
    await expectAppError(extend(u.mk2, "2026-03-18", version), "STALE", "errors.stale");
    expect((await getContact(u.mk, id)).plan?.phases[0]?.endDate).toBe("2026-03-17");
    await expectAppError(extend(u.wc, "2026-03-18", version + 1), "NOT_FOUND");
    // Without a version (one-click actions) the service runs as it is.
    expect((await extend(u.mk, "2026-03-18")).plan?.phases[0]?.endDate).toBe("2026-03-18");
  });
});
