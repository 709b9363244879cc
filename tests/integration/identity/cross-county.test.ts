// docs/domain.md "Identity and privacy", across counties: personal data belongs to the county
// that manages the person. 汶川县 registering someone 马尔康市 manages keeps its own record and
// sends a 协查; no answer to 汶川县 ever carries 马尔康市's strings, and 汶川县's writes never
// change 马尔康市's record.
import { beforeAll, describe, expect, it } from "vitest";
import { answerAssist } from "@/lib/assists/answer-assist";
import { getAssist, listAssists } from "@/lib/assists/list-assists";
import { getCase } from "@/lib/cases/get-case";
import { listCases } from "@/lib/cases/list-cases";
import { registerCase } from "@/lib/cases/register-case";
import { updateCase } from "@/lib/cases/update-case";
import { getContact } from "@/lib/contacts/get-contact";
import { listContacts } from "@/lib/contacts/list-contacts";
import { registerContacts } from "@/lib/contacts/register-contacts";
import { updateContact } from "@/lib/contacts/update-contact";
import { prisma } from "@/lib/db";
import { recordTestResult } from "@/lib/lab-results/record-test-result";
import { at, caseBody, closeRow, expectAppError, MAERKANG, nextId, seedFixtures, WENCHUAN, type Users } from "../registry/fixtures";

const now = at("2026-03-10");
let u: Users;
let mkCase: string;
let wcCase: string;

// What 马尔康市 holds; none of it may reach 汶川县.
const MK = { name: "马尔康私密姓名", phone: "13911112222", address: "马尔康市达萨街1号" };
// What 汶川县 types for (it believes) the same person.
const WC = { name: "汶川所填姓名", phone: "13533334444" };

/** Every string of 马尔康市's record, and the ID number's digits beyond what 汶川县 typed. */
function leaks(answer: unknown, idNumber: string, typedByWenchuan = true): string[] {
  const text = JSON.stringify(answer);
  const found = [MK.name, MK.phone, MK.address].filter((s) => text.includes(s));
  if (!typedByWenchuan && text.includes(idNumber)) found.push(idNumber);
  return found;
}

async function mkManaged(idNumber: string) {
  const r = await registerContacts(u.mk, mkCase, { contacts: [closeRow({ ...MK, idNumber, lastExposureDate: "2026-03-01", identifiedDate: "2026-03-02" })] }, { now });
  return r.contacts[0]!;
}

beforeAll(async () => {
  u = await seedFixtures();
  mkCase = (await registerCase(u.mk, caseBody({ confirmedDate: "2026-03-01" }), { now })).id;
  wcCase = (await registerCase(u.wc, caseBody({ countyCode: WENCHUAN, confirmedDate: "2026-03-04" }), { now })).id;
});

describe("汶川县 registers a contact whom 马尔康市 manages", () => {
  it("keeps its own record with what it typed, learns only the managing county, and sends a 协查", async () => {
    const id = nextId();
    const mk = await mkManaged(id);
    const mkBefore = await prisma().person.findUniqueOrThrow({ where: { id: mk.personId } });
    const answer = await registerContacts(u.wc, wcCase, { contacts: [closeRow({ ...WC, idNumber: id, lastExposureDate: "2026-03-04", identifiedDate: "2026-03-05" })] }, { now });
    expect(leaks(answer, id)).toEqual([]);
    const row = answer.contacts[0]!;
    expect(row.status).toBe("ACTIVE");
    expect(row.matches).toEqual([{ kind: "OTHER_COUNTY", countyCode: MAERKANG }]);
    expect(row.assistRequests).toEqual([{ countyCode: MAERKANG, assistRequestId: expect.any(String) }]);
    expect(row.personId).not.toBe(mk.personId);

    // 汶川县's pages show 汶川县's own record.
    const wcView = await getContact(u.wc, row.id);
    expect(wcView.person).toMatchObject({ name: WC.name, phone: WC.phone, idNumber: id });
    expect(leaks(wcView, id)).toEqual([]);
    expect(leaks(await listContacts(u.wc, { q: id }), id)).toEqual([]);
    expect(leaks(await getCase(u.wc, wcCase), id)).toEqual([]);

    // 汶川县 edits its record: 马尔康市's stays exactly as it was, and 马尔康市's contact is still 404 to 汶川县.
    await updateContact(u.wc, row.id, { version: wcView.version, name: "汶川改名", phone: "13500000000", address: "汶川县某街" }, { now });
    expect(await prisma().person.findUniqueOrThrow({ where: { id: mk.personId } })).toEqual(mkBefore);
    await expectAppError(getContact(u.wc, mk.id), "NOT_FOUND");

    // The request, as each side sees it.
    const incoming = await getAssist(u.mk, row.assistRequests[0]!.assistRequestId);
    expect(incoming).toMatchObject({
      direction: "INCOMING",
      fromCountyCode: WENCHUAN,
      subject: "CONTACT",
      exposure: { category: "CLOSE", lastExposureDate: "2026-03-04", identifiedDate: "2026-03-05", sourceKind: "CONFIRMED", sourceDate: "2026-03-04" },
      requestedByName: "wc-staff",
      own: { contactId: mk.id, person: { name: MK.name } },
    });
    expect(JSON.stringify(incoming)).not.toContain("汶川改名");
    const outgoing = await getAssist(u.wc, row.assistRequests[0]!.assistRequestId);
    expect(outgoing).toMatchObject({ direction: "OUTGOING", toCountyCode: MAERKANG, status: "OPEN", own: { contactId: row.id } });
    expect(leaks(outgoing, id)).toEqual([]);
    expect(leaks(await listAssists(u.wc), id)).toEqual([]);

    // Audited in both counties.
    const events = await prisma().auditEvent.findMany({ where: { action: "assist.request", entityId: row.assistRequests[0]!.assistRequestId } });
    expect(events.map((e) => e.countyCode).sort()).toEqual([MAERKANG, WENCHUAN]);
  });

  it("answered 'same person', managed by 马尔康市: one plan runs there, 汶川县 keeps read access to its own registration", async () => {
    const id = nextId();
    const mk = await mkManaged(id);
    const answer = await registerContacts(u.wc, wcCase, { contacts: [closeRow({ ...WC, idNumber: id, lastExposureDate: "2026-03-04", identifiedDate: "2026-03-05" })] }, { now });
    const wcRow = answer.contacts[0]!;
    await recordTestResult(u.wc, wcRow.id, { sampleDate: "2026-03-05", result: "NEGATIVE" }, { now });
    const assistId = wcRow.assistRequests[0]!.assistRequestId;
    await expectAppError(answerAssist(u.wc, assistId, { answer: "SAME_PERSON" }, { now }), "NOT_FOUND"); // only the receiving county answers
    const answered = await answerAssist(u.mk, assistId, { answer: "SAME_PERSON", managingCountyCode: MAERKANG, note: "已电话核实" }, { now });
    expect(answered).toMatchObject({ status: "SAME_PERSON", managingCountyCode: MAERKANG, answerNote: "已电话核实" });

    const running = await getContact(u.mk, mk.id);
    expect(running.status).toBe("ACTIVE");
    expect(running.plan?.releaseDate).toBe("2026-03-25"); // 14+7 from the later exposure, 03-04
    expect(running.testResults.map((t) => t.sampleDate)).toContain("2026-03-05"); // 汶川县's result moved with the plan
    const own = await getContact(u.wc, wcRow.id);
    expect(own).toMatchObject({ status: "MERGED", mergedIntoId: mk.id, plan: null, person: { name: WC.name } });
    expect(leaks(own, id)).toEqual([]);
    const wcSees = await getAssist(u.wc, assistId);
    expect(wcSees).toMatchObject({ status: "SAME_PERSON", managingCountyCode: MAERKANG, answerNote: null });
    expect(leaks(wcSees, id)).toEqual([]);
    expect(await prisma().contact.count({ where: { person: { identityKey: `RESIDENT_ID:${id}` }, status: "ACTIVE" } })).toBe(1);
    const events = await prisma().auditEvent.findMany({ where: { action: "assist.answer", entityId: assistId } });
    expect(events.map((e) => e.countyCode).sort()).toEqual([MAERKANG, WENCHUAN]);
    await expectAppError(answerAssist(u.mk, assistId, { answer: "NOT_SAME_PERSON" }, { now }), "CONFLICT", "registry.errors.assistAlreadyAnswered");
  });

  it("answered 'same person', managed by 汶川县: the plan moves to 汶川县's record, 马尔康市 keeps its registration", async () => {
    const id = nextId();
    const mk = await mkManaged(id);
    const answer = await registerContacts(u.wc, wcCase, { contacts: [closeRow({ ...WC, idNumber: id, lastExposureDate: "2026-02-28", identifiedDate: "2026-03-05" })] }, { now });
    const wcRow = answer.contacts[0]!;
    await answerAssist(u.mk, wcRow.assistRequests[0]!.assistRequestId, { answer: "SAME_PERSON", managingCountyCode: WENCHUAN }, { now });
    const running = await getContact(u.wc, wcRow.id);
    expect(running.status).toBe("ACTIVE");
    expect(running.plan?.releaseDate).toBe("2026-03-22"); // 马尔康市's later exposure (03-01) still counts
    expect(leaks(running, id)).toEqual([]);
    expect(await getContact(u.mk, mk.id)).toMatchObject({ status: "MERGED", mergedIntoId: wcRow.id, person: { name: MK.name } });
  });

  it("answered 'not the same person': both records go on, and the pair is not asked about again", async () => {
    const id = nextId();
    const mk = await mkManaged(id);
    const first = await registerContacts(u.wc, wcCase, { contacts: [closeRow({ ...WC, idNumber: id })] }, { now });
    await answerAssist(u.mk, first.contacts[0]!.assistRequests[0]!.assistRequestId, { answer: "NOT_SAME_PERSON" }, { now });
    expect((await getContact(u.mk, mk.id)).status).toBe("ACTIVE");
    expect((await getContact(u.wc, first.contacts[0]!.id)).status).toBe("ACTIVE");
    // A later registration by 汶川县 of its (released) record is not sent to 马尔康市 again.
    await prisma().contact.update({ where: { id: first.contacts[0]!.id }, data: { status: "RELEASED" } });
    const again = await registerContacts(u.wc, wcCase, { contacts: [closeRow({ ...WC, idNumber: id })] }, { now });
    expect(again.contacts[0]?.matches).toEqual([expect.objectContaining({ kind: "HISTORY" })]);
    expect(again.contacts[0]?.assistRequests).toEqual([]);
  });

  it("never answers another county's data in an error body either", async () => {
    const id = nextId();
    await mkManaged(id);
    const wcOwn = nextId();
    await registerContacts(u.wc, wcCase, { contacts: [closeRow({ idNumber: wcOwn })] }, { now });
    const e = await expectAppError(registerContacts(u.wc, wcCase, { contacts: [closeRow({ ...WC, idNumber: id }), closeRow({ idNumber: wcOwn })] }, { now }), "MATCHES_FOUND");
    expect(leaks({ ...e, details: e.details, fields: e.fields, values: e.values }, id)).toEqual([]);
    expect(e.details.matches).toEqual([
      { row: 0, path: "contacts.0", matches: [{ kind: "OTHER_COUNTY", countyCode: MAERKANG }] },
      expect.objectContaining({ row: 1, needs: ["MERGE"] }),
    ]);
  });
});

describe("汶川县 registers a case whom 马尔康市 manages as a contact", () => {
  it("keeps its own case; the answer ends 马尔康市's contact plan into 汶川县's case", async () => {
    const id = nextId();
    const mk = await mkManaged(id);
    const c = await registerCase(u.wc, caseBody({ ...WC, idNumber: id, countyCode: WENCHUAN, confirmedDate: "2026-03-09" }), { now });
    expect(leaks(c, id)).toEqual([]);
    expect(c.matches).toEqual([{ kind: "OTHER_COUNTY", countyCode: MAERKANG }]);
    expect(leaks(await listCases(u.wc, { q: WC.name }), id)).toEqual([]);
    await updateCase(u.wc, c.id, { version: c.version, name: "汶川病例改名" }, { now });
    expect((await prisma().person.findUniqueOrThrow({ where: { id: mk.personId } })).name).toBe(MK.name);
    const answered = await answerAssist(u.mk, c.assistRequests[0]!.assistRequestId, { answer: "SAME_PERSON" }, { now });
    expect(answered.managingCountyCode).toBe(WENCHUAN); // the county holding the case manages
    expect(await getContact(u.mk, mk.id)).toMatchObject({ status: "BECAME_CASE" });
  });
});
