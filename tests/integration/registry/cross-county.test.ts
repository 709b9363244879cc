// Staff of 马尔康市 (513201) and 汶川县 (513221): every service answers NOT_FOUND for the other
// county's records and never lists them; prefecture officials cannot write at all.
import { beforeAll, describe, expect, it } from "vitest";
import { addTrackEntry } from "@/lib/cases/add-track-entry";
import { getCase } from "@/lib/cases/get-case";
import { listCases } from "@/lib/cases/list-cases";
import { registerCase } from "@/lib/cases/register-case";
import { removeTrackEntry } from "@/lib/cases/remove-track-entry";
import { updateCase } from "@/lib/cases/update-case";
import { updateTrackEntry } from "@/lib/cases/update-track-entry";
import { extendPhase } from "@/lib/contacts/extend-phase";
import { getContact } from "@/lib/contacts/get-contact";
import { listContacts } from "@/lib/contacts/list-contacts";
import { reclassifyContact } from "@/lib/contacts/reclassify-contact";
import { recordReexposure } from "@/lib/contacts/record-reexposure";
import { registerContacts } from "@/lib/contacts/register-contacts";
import { registerSecondaryContacts } from "@/lib/contacts/register-secondary-contacts";
import { releaseContact } from "@/lib/contacts/release-contact";
import { updateContact } from "@/lib/contacts/update-contact";
import { recordHealthCheck } from "@/lib/health/record-health-check";
import { assignSite } from "@/lib/sites/assign-site";
import { createSite } from "@/lib/sites/create-site";
import { getSite } from "@/lib/sites/get-site";
import { listSites } from "@/lib/sites/list-sites";
import { updateSite } from "@/lib/sites/update-site";
import { recordTestResult } from "@/lib/lab-results/record-test-result";
import { at, caseBody, closeRow, expectAppError, seedFixtures, WENCHUAN, type Users } from "./fixtures";

const now = at("2026-03-10");
let u: Users;
let caseId: string;
let contactId: string;
let trackId: string;
let siteId: string;
let wcSiteId: string;
let wcContactId: string;
const name = "汶川专用姓名";

beforeAll(async () => {
  u = await seedFixtures();
  const c = await registerCase(u.wc, caseBody({ countyCode: WENCHUAN, name, phone: "13999999999" }), { now });
  caseId = c.id;
  trackId = (await addTrackEntry(u.wc, caseId, { date: "2026-03-01", place: "映秀镇" }, { now })).id;
  const { contacts } = await registerContacts(u.wc, caseId, { contacts: [closeRow({ name })] }, { now });
  contactId = contacts[0]!.id;
  siteId = (await createSite(u.wc, { name: "汶川隔离点", capacity: 5 })).id;
  wcSiteId = siteId;
  wcContactId = contactId;
});

describe("cross-county isolation", () => {
  it("answers NOT_FOUND to 马尔康 staff on every service for 汶川 records", async () => {
    const mk = u.mk;
    const calls: [string, () => Promise<unknown>][] = [
      ["getCase", () => getCase(mk, caseId)],
      ["updateCase", () => updateCase(mk, caseId, { version: 1, notes: "x" }, { now })],
      ["addTrackEntry", () => addTrackEntry(mk, caseId, { date: "2026-03-01", place: "x" }, { now })],
      ["updateTrackEntry", () => updateTrackEntry(mk, trackId, { place: "x" }, { now })],
      ["removeTrackEntry", () => removeTrackEntry(mk, trackId, { now })],
      ["registerContacts", () => registerContacts(mk, caseId, { contacts: [closeRow()] }, { now })],
      ["registerSecondaryContacts", () => registerSecondaryContacts(mk, contactId, { contacts: [{ name: "x", lastExposureDate: "2026-03-03", identifiedDate: "2026-03-04" }] }, { now })],
      ["getContact", () => getContact(mk, contactId)],
      ["updateContact", () => updateContact(mk, contactId, { version: 1, exposureNote: "x" }, { now })],
      ["recordReexposure", () => recordReexposure(mk, contactId, { lastExposureDate: "2026-03-05" }, { now })],
      ["reclassifyContact", () => reclassifyContact(mk, contactId, { reason: "x" }, { now })],
      ["extendPhase", () => extendPhase(mk, contactId, { phase: "CENTRALIZED_ISOLATION", newEndDate: "2026-03-30", reason: "x" }, { now })],
      ["releaseContact", () => releaseContact(mk, contactId, { date: "2026-03-10" }, { now })],
      ["recordTestResult", () => recordTestResult(mk, contactId, { sampleDate: "2026-03-05", result: "POSITIVE" }, { now })],
      ["recordHealthCheck", () => recordHealthCheck(mk, contactId, { date: "2026-03-10", slot: "MORNING", temperature: 36.5 }, { now })],
      ["assignSite", () => assignSite(mk, contactId, { siteId: null }, { now })],
      ["getSite", () => getSite(mk, siteId)],
      ["updateSite", () => updateSite(mk, siteId, { version: 1, capacity: 9 })],
    ];
    for (const [label, call] of calls) {
      const error = await call().then(() => null, (e: unknown) => e);
      expect(error, label).toMatchObject({ code: "NOT_FOUND", key: "errors.notFound", status: 404 });
    }
    // A 马尔康 contact cannot be put into a 汶川 site either.
    const mkCase = await registerCase(mk, caseBody(), { now });
    const mkContact = (await registerContacts(mk, mkCase.id, { contacts: [closeRow()] }, { now })).contacts[0]!.id;
    await expectAppError(assignSite(mk, mkContact, { siteId: wcSiteId }, { now }), "NOT_FOUND");
    // Nothing was changed.
    const unchanged = await getContact(u.wc, wcContactId);
    expect(unchanged).toMatchObject({ version: 1, status: "ACTIVE", exposureNote: null, siteId: null });
  });

  it("never lists or finds 汶川 records for 马尔康 staff", async () => {
    expect((await listCases(u.mk, {})).items.map((c) => c.id)).not.toContain(caseId);
    expect((await listCases(u.mk, { q: name })).total).toBe(0);
    expect((await listCases(u.mk, { q: "13999999999" })).total).toBe(0);
    expect((await listContacts(u.mk, { q: name }, { now })).total).toBe(0);
    expect((await listContacts(u.mk, { caseId }, { now })).total).toBe(0);
    expect((await listSites(u.mk, {})).items.map((s) => s.id)).not.toContain(siteId);
    // The owning county does see them.
    expect((await listCases(u.wc, { q: name })).items.map((c) => c.id)).toEqual([caseId]);
    expect((await listContacts(u.wc, { q: name }, { now })).items.map((c) => c.id)).toEqual([contactId]);
  });

  it("a prefecture official reads masked but cannot write (FORBIDDEN)", async () => {
    const o = u.official;
    expect((await getContact(o, contactId)).person.name).toBe("汶***");
    const writes: [string, () => Promise<unknown>][] = [
      ["registerCase", () => registerCase(o, caseBody({ countyCode: WENCHUAN }), { now })],
      ["updateCase", () => updateCase(o, caseId, { version: 1, notes: "x" }, { now })],
      ["addTrackEntry", () => addTrackEntry(o, caseId, { date: "2026-03-01", place: "x" }, { now })],
      ["registerContacts", () => registerContacts(o, caseId, { contacts: [closeRow()] }, { now })],
      ["updateContact", () => updateContact(o, contactId, { version: 1, exposureNote: "x" }, { now })],
      ["recordTestResult", () => recordTestResult(o, contactId, { sampleDate: "2026-03-05", result: "NEGATIVE" }, { now })],
      ["recordHealthCheck", () => recordHealthCheck(o, contactId, { date: "2026-03-10", slot: "MORNING", temperature: 36.5 }, { now })],
      ["extendPhase", () => extendPhase(o, contactId, { phase: "CENTRALIZED_ISOLATION", newEndDate: "2026-03-30", reason: "x" }, { now })],
      ["releaseContact", () => releaseContact(o, contactId, { date: "2026-03-10" }, { now })],
      ["reclassifyContact", () => reclassifyContact(o, contactId, { reason: "x" }, { now })],
      ["createSite", () => createSite(o, { name: "x", capacity: 1, countyCode: WENCHUAN })],
      ["assignSite", () => assignSite(o, contactId, { siteId }, { now })],
    ];
    for (const [label, call] of writes) {
      const error = await call().then(() => null, (e: unknown) => e);
      expect(error, label).toMatchObject({ code: "FORBIDDEN", status: 403 });
    }
  });
});
