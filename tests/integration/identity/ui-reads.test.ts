// The read services behind the identity pages (docs/domain.md "Identity and privacy"): the
// person search of the merge page, what the contact and case pages say about merges and open
// requests, and the Today page's requests. Each county reads only its own records; another
// county contributes its county code, nothing more.
import { beforeAll, describe, expect, it } from "vitest";
import { answerAssist } from "@/lib/assists/answer-assist";
import { getCaseLinks } from "@/lib/cases/case-links";
import { registerCase } from "@/lib/cases/register-case";
import { getContactLinks } from "@/lib/contacts/contact-links";
import { registerContacts } from "@/lib/contacts/register-contacts";
import { prisma } from "@/lib/db";
import { mergePersons } from "@/lib/persons/merge-persons";
import { getPersonRecord, recordHref, searchPersons } from "@/lib/persons/search-persons";
import { todayRequests } from "@/lib/requests/today-requests";
import { requestTransfer } from "@/lib/transfers/request-transfer";
import { at, caseBody, closeRow, expectAppError, MAERKANG, nextId, seedFixtures, WENCHUAN, type Users } from "../registry/fixtures";

const now = at("2026-03-10");
let u: Users;
let mkCase: string;
let wcCase: string;
beforeAll(async () => {
  u = await seedFixtures();
  mkCase = (await registerCase(u.mk, caseBody({ confirmedDate: "2026-03-01" }), { now })).id;
  wcCase = (await registerCase(u.wc, caseBody({ countyCode: WENCHUAN, confirmedDate: "2026-03-04" }), { now })).id;
});

/** 马尔康市 manages a person; 汶川县 registers the same document under another name: a 协查. */
async function crossCounty(name: string) {
  const id = nextId();
  const mk = (await registerContacts(u.mk, mkCase, { contacts: [closeRow({ idNumber: id, name: `${name}马`, phone: "13911110000" })] }, { now })).contacts[0]!;
  const wc = (await registerContacts(u.wc, wcCase, { contacts: [closeRow({ idNumber: id, name: `${name}汶`, lastExposureDate: "2026-03-04", identifiedDate: "2026-03-05" })] }, { now })).contacts[0]!;
  return { mk, wc, assistId: wc.assistRequests[0]!.assistRequestId };
}

describe("searchPersons and getPersonRecord", () => {
  it("find this county's records by name, document or phone, with their cases and contacts, and nothing of another county", async () => {
    const id = nextId();
    const r = await registerContacts(u.mk, mkCase, { contacts: [closeRow({ idNumber: id, name: "查找对象", phone: "13812340000" })] }, { now });
    await registerContacts(u.wc, wcCase, { contacts: [closeRow({ idNumber: nextId(), name: "查找对象", phone: "13812340000" })] }, { now });
    for (const q of ["查找对象", id.slice(-6), "1381234"]) {
      const page = await searchPersons(u.mk, { q }, { now });
      expect(page.items.map((p) => p.person.id)).toEqual([r.contacts[0]!.personId]);
    }
    const [found] = (await searchPersons(u.mk, { q: "查找对象" }, { now })).items;
    expect(found).toMatchObject({ state: "ACTIVE_PLAN", person: { name: "查找对象", idNumber: id }, contacts: [{ id: r.contacts[0]!.id, status: "ACTIVE", category: "CLOSE", releaseDate: "2026-03-22" }] });
    expect(recordHref(found!)).toBe(`/contacts/${r.contacts[0]!.id}`);
    expect((await searchPersons(u.mk, { q: "查找对象", excludeId: found!.person.id }, { now })).total).toBe(0);
    expect((await searchPersons(u.mk, {}, { now })).items).toEqual([]);
    await expectAppError(getPersonRecord(u.wc, found!.person.id), "NOT_FOUND");
    await expectAppError(searchPersons(u.official, { q: "查找对象" }), "FORBIDDEN");
  });

  it("no longer list a record merged into another", async () => {
    const a = await registerContacts(u.mk, mkCase, { contacts: [closeRow({ idNumber: undefined, name: "合并甲", phone: "13800001000", category: "GENERAL" })] }, { now });
    const b = await registerContacts(u.mk, mkCase, { contacts: [closeRow({ idNumber: undefined, name: "合并甲", phone: "13800001000", onDuplicate: "NEW_PERSON" })] }, { now });
    expect((await searchPersons(u.mk, { q: "合并甲" }, { now })).total).toBe(2);
    await mergePersons(u.mk, { keepPersonId: a.contacts[0]!.personId, mergePersonId: b.contacts[0]!.personId }, { now });
    const after = await searchPersons(u.mk, { q: "合并甲" }, { now });
    expect(after.items.map((p) => p.person.id)).toEqual([a.contacts[0]!.personId]);
    expect(after.items[0]!.contacts.map((c) => c.status).sort()).toEqual(["ACTIVE", "MERGED"]);
    await expectAppError(getPersonRecord(u.mk, b.contacts[0]!.personId), "NOT_FOUND");
  });
});

describe("getContactLinks and getCaseLinks", () => {
  it("name the open 协查 on both sides, then the managing county of a merged registration without a link to it", async () => {
    const { mk, wc, assistId } = await crossCounty("链接");
    expect(await getContactLinks(u.wc, wc.id)).toEqual({ mergedInto: null, assists: [{ id: assistId, direction: "OUTGOING", countyCode: MAERKANG }], transfer: null });
    expect((await getContactLinks(u.mk, mk.id)).assists).toEqual([{ id: assistId, direction: "INCOMING", countyCode: WENCHUAN }]);
    await expectAppError(getContactLinks(u.wc, mk.id), "NOT_FOUND");

    await answerAssist(u.mk, assistId, { answer: "SAME_PERSON", managingCountyCode: MAERKANG }, { now });
    expect(await getContactLinks(u.wc, wc.id)).toEqual({ mergedInto: { kind: "CONTACT", id: null, countyCode: MAERKANG }, assists: [], transfer: null });
  });

  it("link a registration merged as re-exposure to the running record of the same county", async () => {
    const id = nextId();
    const first = await registerContacts(u.mk, mkCase, { contacts: [closeRow({ idNumber: id })] }, { now });
    const again = await registerContacts(u.mk, mkCase, { contacts: [closeRow({ idNumber: id, lastExposureDate: "2026-03-05", identifiedDate: "2026-03-06", onDuplicate: "MERGE" })] }, { now });
    expect((await getContactLinks(u.mk, again.contacts[0]!.id)).mergedInto).toEqual({ kind: "CONTACT", id: first.contacts[0]!.id, countyCode: MAERKANG });
  });

  it("name an open transfer on the sender's contact", async () => {
    const c = (await registerContacts(u.mk, mkCase, { contacts: [closeRow()] }, { now })).contacts[0]!;
    const t = await requestTransfer(u.mk, c.id, { toCountyCode: WENCHUAN, reason: "回家" }, { now });
    expect((await getContactLinks(u.mk, c.id)).transfer).toEqual({ id: t.id, direction: "OUTGOING", countyCode: WENCHUAN });
  });

  it("name a 协查 opened by a case, and the case's open requests as the receiving county sees them", async () => {
    const id = nextId();
    const mk = (await registerContacts(u.mk, mkCase, { contacts: [closeRow({ idNumber: id })] }, { now })).contacts[0]!;
    const c = await registerCase(u.wc, caseBody({ idNumber: id, countyCode: WENCHUAN, confirmedDate: "2026-03-09" }), { now });
    const assistId = c.assistRequests[0]!.assistRequestId;
    expect(await getCaseLinks(u.wc, c.id)).toEqual({ mergedInto: null, assists: [{ id: assistId, direction: "OUTGOING", countyCode: MAERKANG }] });
    expect((await getContactLinks(u.mk, mk.id)).assists).toEqual([{ id: assistId, direction: "INCOMING", countyCode: WENCHUAN }]);
    await expectAppError(getCaseLinks(u.mk, c.id), "NOT_FOUND");
  });
});

describe("todayRequests", () => {
  it("lists what this county has to answer and what it awaits, answered ones for three days, and nothing for a prefecture role", async () => {
    const { assistId } = await crossCounty("今日");
    const wcToday = await todayRequests(u.wc, { now });
    expect(wcToday.outgoing.assists.map((a) => a.id)).toContain(assistId);
    expect(wcToday.incoming.assists.map((a) => a.id)).not.toContain(assistId);
    const mkToday = await todayRequests(u.mk, { now });
    expect(mkToday.incoming.assists.find((a) => a.id === assistId)).toMatchObject({ direction: "INCOMING", status: "OPEN", own: { person: { name: "今日马" } } });
    expect(JSON.stringify(wcToday)).not.toContain("今日马");
    expect(JSON.stringify(mkToday)).not.toContain("今日汶");

    await answerAssist(u.mk, assistId, { answer: "NOT_SAME_PERSON" }, { now });
    expect((await todayRequests(u.mk, { now })).incoming.assists.map((a) => a.id)).not.toContain(assistId);
    expect((await todayRequests(u.wc, { now: at("2026-03-12") })).outgoing.assists.find((a) => a.id === assistId)).toMatchObject({ status: "NOT_SAME_PERSON" });
    expect((await todayRequests(u.wc, { now: at("2026-03-14") })).outgoing.assists.map((a) => a.id)).not.toContain(assistId);

    expect(await todayRequests(u.official, { now })).toEqual({ incoming: { assists: [], transfers: [], total: 0 }, outgoing: { assists: [], transfers: [], total: 0 } });
    expect(await prisma().assistRequest.count({ where: { id: assistId } })).toBe(1);
  });
});
