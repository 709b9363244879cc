// Transfers between counties and merging duplicate records inside one county
// (docs/domain.md "Identity and privacy").
import { beforeAll, describe, expect, it } from "vitest";
import { getCase } from "@/lib/cases/get-case";
import { registerCase } from "@/lib/cases/register-case";
import { getContact } from "@/lib/contacts/get-contact";
import { registerContacts } from "@/lib/contacts/register-contacts";
import { prisma } from "@/lib/db";
import { recordHealthCheck } from "@/lib/health/record-health-check";
import { recordTestResult } from "@/lib/lab-results/record-test-result";
import { mergePersons } from "@/lib/persons/merge-persons";
import { assignSite } from "@/lib/sites/assign-site";
import { createSite } from "@/lib/sites/create-site";
import { answerTransfer, cancelTransfer } from "@/lib/transfers/answer-transfer";
import { getTransfer, listTransfers } from "@/lib/transfers/list-transfers";
import { requestTransfer } from "@/lib/transfers/request-transfer";
import { at, caseBody, closeRow, expectAppError, MAERKANG, nextId, seedFixtures, WENCHUAN, type Users } from "../registry/fixtures";

const now = at("2026-03-10");
let u: Users;
let mkCase: string;
beforeAll(async () => {
  u = await seedFixtures();
  mkCase = (await registerCase(u.mk, caseBody({ confirmedDate: "2026-03-01" }), { now })).id;
});

describe("a transfer to another county", () => {
  it("moves the contact with its plan once accepted; the sender then no longer sees the person", async () => {
    const site = await createSite(u.mk, { name: "移交测试隔离点", capacity: 5 }, { now });
    const { contacts } = await registerContacts(u.mk, mkCase, { contacts: [closeRow({ name: "移交人员", phone: "13622223333", idNumber: nextId() })] }, { now });
    const c = contacts[0]!;
    await assignSite(u.mk, c.id, { siteId: site.id }, { now });
    await recordTestResult(u.mk, c.id, { sampleDate: "2026-03-02", result: "NEGATIVE" }, { now });
    const t = await requestTransfer(u.mk, c.id, { toCountyCode: WENCHUAN, reason: "返回汶川家中进行居家健康监测" }, { now });
    await expectAppError(requestTransfer(u.mk, c.id, { toCountyCode: WENCHUAN, reason: "again" }, { now }), "CONFLICT", "registry.errors.transferAlreadyOpen");
    await expectAppError(requestTransfer(u.mk, c.id, { toCountyCode: MAERKANG, reason: "x" }, { now }), "RULE_VIOLATION");

    // Before acceptance: the receiver sees the person masked and the plan; the sender still holds it.
    const incoming = await getTransfer(u.wc, t.id);
    expect(incoming).toMatchObject({ direction: "INCOMING", category: "CLOSE", releaseDate: "2026-03-22", person: { name: "移***", masked: true } });
    expect(JSON.stringify(incoming)).not.toContain("13622223333");
    await expectAppError(getContact(u.wc, c.id), "NOT_FOUND");
    await expectAppError(answerTransfer(u.mk, t.id, { accept: true }, { now }), "NOT_FOUND"); // only the receiver answers

    await answerTransfer(u.wc, t.id, { accept: true, note: "已接收" }, { now });
    const moved = await getContact(u.wc, c.id);
    expect(moved).toMatchObject({ countyCode: WENCHUAN, status: "ACTIVE", site: null, person: { name: "移交人员", phone: "13622223333" }, plan: { releaseDate: "2026-03-22" } });
    expect(moved.testResults).toHaveLength(1);
    await expectAppError(getContact(u.mk, c.id), "NOT_FOUND");
    const senderView = await getTransfer(u.mk, t.id);
    expect(senderView).toMatchObject({ status: "ACCEPTED", person: null, contactId: null });
    expect(JSON.stringify(await listTransfers(u.mk))).not.toContain("移交人员");
    expect((await getCase(u.mk, mkCase)).contacts.close.map((x) => x.id)).not.toContain(c.id);
    const events = await prisma().auditEvent.findMany({ where: { action: "transfer.accept", entityId: t.id } });
    expect(events.map((e) => e.countyCode).sort()).toEqual([MAERKANG, WENCHUAN]);
  });

  it("can be declined or withdrawn, and then nothing moves", async () => {
    const { contacts } = await registerContacts(u.mk, mkCase, { contacts: [closeRow()] }, { now });
    const a = await requestTransfer(u.mk, contacts[0]!.id, { toCountyCode: WENCHUAN, reason: "r" }, { now });
    await answerTransfer(u.wc, a.id, { accept: false, note: "不在本县" }, { now });
    const b = await requestTransfer(u.mk, contacts[0]!.id, { toCountyCode: WENCHUAN, reason: "r2" }, { now });
    await cancelTransfer(u.mk, b.id, { now });
    await expectAppError(answerTransfer(u.wc, b.id, { accept: true }, { now }), "CONFLICT");
    expect((await getContact(u.mk, contacts[0]!.id)).countyCode).toBe(MAERKANG);
  });
});

describe("merging two records of one county", () => {
  it("keeps everything: one record, one running plan, results and health checks moved, the document kept", async () => {
    const a = await registerContacts(u.mk, mkCase, { contacts: [{ name: "重复人员", phone: "13688880000", category: "CLOSE", lastExposureDate: "2026-03-01", identifiedDate: "2026-03-02" }] }, { now });
    const other = await registerCase(u.mk, caseBody({ confirmedDate: "2026-03-04" }), { now });
    const id = nextId();
    const b = await registerContacts(u.mk, other.id, { contacts: [{ name: "重复人员", idNumber: id, category: "CLOSE", lastExposureDate: "2026-03-04", identifiedDate: "2026-03-05" }] }, { now });
    const [ca, cb] = [a.contacts[0]!, b.contacts[0]!];
    await recordTestResult(u.mk, cb.id, { sampleDate: "2026-03-05", result: "NEGATIVE" }, { now });
    await recordHealthCheck(u.mk, cb.id, { date: "2026-03-06", slot: "MORNING", temperature: 36.5 }, { now });
    await recordHealthCheck(u.mk, ca.id, { date: "2026-03-06", slot: "MORNING", temperature: 36.6 }, { now });

    await expectAppError(mergePersons(u.wc, { keepPersonId: ca.personId, mergePersonId: cb.personId }, { now }), "NOT_FOUND");
    const merged = await mergePersons(u.mk, { keepPersonId: ca.personId, mergePersonId: cb.personId }, { now });
    expect(merged.person).toMatchObject({ id: ca.personId, idNumber: id, phone: "13688880000" });
    const kept = await getContact(u.mk, ca.id);
    expect(kept.status).toBe("ACTIVE");
    expect(kept.plan?.releaseDate).toBe("2026-03-25");
    expect(kept.testResults.map((t) => t.sampleDate)).toEqual(["2026-03-05"]);
    expect(await getContact(u.mk, cb.id)).toMatchObject({ status: "MERGED", mergedIntoId: ca.id });
    // The clashing health check stays on the merged record: nothing is lost.
    expect(await prisma().healthCheck.count({ where: { contactId: { in: [ca.id, cb.id] } } })).toBe(2);
    expect(await prisma().person.findUniqueOrThrow({ where: { id: cb.personId } })).toMatchObject({ mergedIntoId: ca.personId, identityKey: null, idNumber: id });
    expect(await prisma().contact.count({ where: { personId: ca.personId } })).toBe(2);
    expect(await prisma().auditEvent.count({ where: { action: "person.merge", entityId: ca.personId } })).toBe(1);
  });

  it("refuses two different documents: they are two people", async () => {
    const a = await registerContacts(u.mk, mkCase, { contacts: [closeRow()] }, { now });
    const b = await registerContacts(u.mk, mkCase, { contacts: [closeRow()] }, { now });
    await expectAppError(mergePersons(u.mk, { keepPersonId: a.contacts[0]!.personId, mergePersonId: b.contacts[0]!.personId }, { now }), "RULE_VIOLATION", "registry.errors.mergeDifferentDocuments");
  });
});
