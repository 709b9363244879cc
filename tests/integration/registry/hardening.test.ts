// Findings of issue 8 at the service level: the version check lived in the page actions only
// (the API skipped it), and bad input reached PostgreSQL or the date code as a 500 (NUL bytes,
// version ≥ 2^31, an extension to 9999-12-31, a unique violation).
import { beforeAll, describe, expect, it } from "vitest";
import { registerCase } from "@/lib/cases/register-case";
import { listCases } from "@/lib/cases/list-cases";
import { extendPhase } from "@/lib/contacts/extend-phase";
import { getContact } from "@/lib/contacts/get-contact";
import { listContacts } from "@/lib/contacts/list-contacts";
import { reclassifyContact } from "@/lib/contacts/reclassify-contact";
import { registerContacts } from "@/lib/contacts/register-contacts";
import { releaseContact } from "@/lib/contacts/release-contact";
import { updateContact } from "@/lib/contacts/update-contact";
import { prisma } from "@/lib/db";
import { toAppError } from "@/lib/http/map-error";
import { assignSite } from "@/lib/sites/assign-site";
import { createSite } from "@/lib/sites/create-site";
import { at, caseBody, closeRow, expectAppError, idNumber, seedFixtures, type Users } from "./fixtures";

const nextIdForRace = () => idNumber(900 + Math.floor(Math.random() * 99), "19880808");

let u: Users;
let caseId: string;
const now = at("2026-03-10");
beforeAll(async () => {
  u = await seedFixtures();
  caseId = (await registerCase(u.mk, caseBody(), { now: at("2026-03-02") })).id;
});

async function newClose(): Promise<{ id: string; version: number }> {
  const { contacts } = await registerContacts(u.mk, caseId, { contacts: [closeRow()] }, { now });
  const c = await getContact(u.mk, contacts[0]!.id);
  return { id: c.id, version: c.version };
}

describe("the services check the version an editor read (API and pages alike)", () => {
  it("release, extend, reclassify and assign-site refuse a stale version with 409 STALE and change nothing", async () => {
    const site = await createSite(u.mk, { name: "隔离点甲", capacity: 5 }, { now });
    const { id, version } = await newClose();
    // Someone else changes the contact after the editor read it.
    await extendPhase(u.mk2, id, { phase: "CENTRALIZED_ISOLATION", newEndDate: "2026-03-16", reason: "复核" }, { now });
    const stale = [
      () => extendPhase(u.mk, id, { version, phase: "CENTRALIZED_ISOLATION", newEndDate: "2026-03-18", reason: "复核" }, { now }),
      () => releaseContact(u.mk, id, { version, date: "2026-03-10" }, { now }),
      () => reclassifyContact(u.mk, id, { version, reason: "源头排除" }, { now }),
      () => assignSite(u.mk, id, { version, siteId: site.id }, { now }),
    ];
    for (const call of stale) {
      const e = await expectAppError(call(), "STALE", "errors.stale");
      expect(e.status).toBe(409);
    }
    const after = await getContact(u.mk, id);
    expect(after.version).toBe(version + 1);
    expect(after.status).toBe("ACTIVE");
    expect(after.site).toBeNull();
    // At the current version the change goes through.
    expect((await assignSite(u.mk, id, { version: after.version, siteId: site.id }, { now })).site?.id).toBe(site.id);
  });
});

describe("bad input is a 400 naming the field, never a database error", () => {
  it("a NUL byte or other control character in any text, search included", async () => {
    const nul = await expectAppError(registerCase(u.mk, caseBody({ name: "张\u0000三" }), { now }), "VALIDATION");
    expect(nul.fields).toEqual([{ path: "name", key: "errors.controlCharacter" }]);
    const row = await expectAppError(registerContacts(u.mk, caseId, { contacts: [closeRow(), closeRow({ exposureNote: "a\u0007b" })] }, { now }), "VALIDATION");
    expect(row.fields.map((f) => f.path)).toEqual(["contacts.1.exposureNote"]);
    for (const search of [listContacts(u.mk, { q: "\u0000" }), listCases(u.mk, { q: "王\u0000" })]) {
      const e = await expectAppError(search, "VALIDATION");
      expect(e.fields).toEqual([{ path: "q", key: "errors.controlCharacter" }]);
    }
    // Line breaks belong in a multi-line reason, not in a name.
    const { id } = await newClose();
    expect((await reclassifyContact(u.mk, id, { reason: "源头病例排除\n经复核" }, { now })).status).toBe("ENDED_EARLY");
    const line = await expectAppError(registerCase(u.mk, caseBody({ name: "张\n三" }), { now }), "VALIDATION");
    expect(line.fields).toEqual([{ path: "name", key: "errors.controlCharacter" }]);
  });

  it("a version at or above 2^31", async () => {
    const { id } = await newClose();
    for (const version of [2 ** 31, 1e20]) {
      const e = await expectAppError(updateContact(u.mk, id, { version, phone: "13900000000" }, { now }), "VALIDATION");
      expect(new Set(e.fields.map((f) => f.path))).toEqual(new Set(["version"]));
      const r = await expectAppError(releaseContact(u.mk, id, { version, date: "2026-03-10" }, { now }), "VALIDATION");
      expect(new Set(r.fields.map((f) => f.path))).toEqual(new Set(["version"]));
    }
  });

  it("an extension to 9999-12-31 is a 400 on newEndDate; one beyond the policy's bound a 422", async () => {
    const { id } = await newClose();
    const far = await expectAppError(extendPhase(u.mk, id, { phase: "CENTRALIZED_ISOLATION", newEndDate: "9999-12-31", reason: "x" }, { now }), "VALIDATION");
    expect(far.fields).toEqual([{ path: "newEndDate", key: "errors.dateOutOfRange", values: { min: "1900-01-01", max: "2100-12-31" } }]);
    // The plan's isolation ends 2026-03-15: 28 days more is the default bound.
    const tooLong = await expectAppError(extendPhase(u.mk, id, { phase: "CENTRALIZED_ISOLATION", newEndDate: "2026-04-13", reason: "x" }, { now }), "RULE_VIOLATION");
    expect(tooLong.status).toBe(422);
    expect(tooLong.fields.map((f) => f.path)).toEqual(["newEndDate"]);
    expect(tooLong.values).toEqual({ max: 28, endDate: "2026-03-15" });
    const ok = await extendPhase(u.mk, id, { phase: "CENTRALIZED_ISOLATION", newEndDate: "2026-04-12", reason: "x" }, { now });
    expect(ok.plan?.phases[0]?.endDate).toBe("2026-04-12");
  });

  it("a unique violation maps to 409 DUPLICATE in the one error-mapping place", async () => {
    await prisma().user.create({ data: { username: "twice", displayName: "t", passwordHash: "x", role: "ADMIN" } });
    const error = await prisma()
      .user.create({ data: { username: "twice", displayName: "t", passwordHash: "x", role: "ADMIN" } })
      .then(() => null, (e: unknown) => e);
    const mapped = toAppError(error);
    expect(mapped?.code).toBe("DUPLICATE");
    expect(mapped?.status).toBe(409);
  });
});

describe("concurrent registration of one new person", () => {
  it("never surfaces as a 500: whatever loses the race answers 409", async () => {
    const { errorResponse } = await import("@/lib/http/api");
    const body = caseBody({ idNumber: nextIdForRace() });
    const settled = await Promise.allSettled(Array.from({ length: 8 }, () => registerCase(u.mk, body, { now })));
    expect(settled.filter((s) => s.status === "fulfilled").length).toBeGreaterThanOrEqual(1);
    for (const s of settled) {
      if (s.status === "rejected") expect(errorResponse(s.reason, "zh-CN").status, String(s.reason)).toBe(409);
    }
  });
});
