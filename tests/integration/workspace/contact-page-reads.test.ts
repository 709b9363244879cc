import { beforeAll, describe, expect, it } from "vitest";
import { registerCase } from "@/lib/cases/register-case";
import { nextOpenTests } from "@/lib/contacts/next-tests";
import { registerContacts } from "@/lib/contacts/register-contacts";
import { registerSecondaryContacts } from "@/lib/contacts/register-secondary-contacts";
import { getSourceChain } from "@/lib/contacts/source-chain";
import { getContact } from "@/lib/contacts/get-contact";
import { prisma } from "@/lib/db";
import { recordTestResult } from "@/lib/lab-results/record-test-result";
import { at, caseBody, closeRow, seedFixtures, WENCHUAN, type Users } from "../registry/fixtures";

let u: Users;
let caseId: string;
let closeId: string;
let secondaryIds: string[];
const now = at("2026-03-06");

beforeAll(async () => {
  u = await seedFixtures();
  caseId = (await registerCase(u.mk, caseBody({ name: "源头病例" }), { now })).id;
  // Exposed 03-01, identified 03-02: tests 03-02, 03-05, 03-08, 03-15, 03-17, 03-22.
  closeId = (await registerContacts(u.mk, caseId, { contacts: [closeRow({ name: "链上密接" })] }, { now })).contacts[0]!.id;
  const secondaries = await registerSecondaryContacts(
    u.mk,
    closeId,
    { contacts: [closeRow({ name: "链上次密接甲", category: undefined, lastExposureDate: "2026-03-04", identifiedDate: "2026-03-05" }), closeRow({ name: "链上次密接乙", category: undefined, lastExposureDate: "2026-03-04", identifiedDate: "2026-03-05" })] },
    { now },
  );
  secondaryIds = secondaries.contacts.map((c) => c.id);
});

const chainOf = async (id: string, user = u.mk) => getSourceChain(user, await getContact(user, id));

describe("getSourceChain", () => {
  it("case → close contact → secondary contact, with the contacts exposed to each", async () => {
    const secondary = await chainOf(secondaryIds[0]!);
    expect(secondary.chain).toEqual([
      { kind: "CASE", id: caseId, name: "源头病例", classification: "CONFIRMED", fromContactId: null },
      { kind: "CONTACT", id: closeId, name: "链上密接", category: "CLOSE", status: "ACTIVE" },
    ]);
    expect(secondary.exposed).toEqual([]);
    expect(secondary.resultingCase).toBeNull();

    const close = await chainOf(closeId);
    expect(close.chain.map((l) => l.kind)).toEqual(["CASE"]);
    expect(close.exposed.map((c) => [c.name, c.category, c.previousCategory])).toEqual([
      ["链上次密接甲", "SECONDARY", null],
      ["链上次密接乙", "SECONDARY", null],
    ]);
  });

  it("after escalation: the case the contact became, and the upgraded contacts hang under it", async () => {
    const { escalation } = await recordTestResult(u.mk, closeId, { sampleDate: "2026-03-05", result: "POSITIVE" }, { now });
    const close = await chainOf(closeId);
    expect(close.resultingCase).toEqual({ id: escalation!.caseId, name: "链上密接" });
    expect(close.exposed.map((c) => [c.id, c.category, c.previousCategory])).toEqual(secondaryIds.map((id) => [id, "CLOSE", "SECONDARY"]));

    const upgraded = await chainOf(secondaryIds[1]!);
    expect(upgraded.chain).toEqual([
      { kind: "CASE", id: caseId, name: "源头病例", classification: "CONFIRMED", fromContactId: null },
      { kind: "CONTACT", id: closeId, name: "链上密接", category: "CLOSE", status: "BECAME_CASE" },
      { kind: "CASE", id: escalation!.caseId, name: "链上密接", classification: "CONFIRMED", fromContactId: closeId },
    ]);
  });

  it("a source in another county shows as hidden; prefecture officials see names masked", async () => {
    const other = (await registerContacts(u.mk, caseId, { contacts: [closeRow({ name: "跨县密接" })] }, { now })).contacts[0]!.id;
    await prisma().case.update({ where: { id: caseId }, data: { countyCode: WENCHUAN } });
    try {
      expect((await chainOf(other)).chain).toEqual([{ kind: "HIDDEN" }]);
      const masked = await chainOf(other, u.official);
      expect(masked.chain).toEqual([{ kind: "CASE", id: caseId, name: "源***", classification: "CONFIRMED", fromContactId: null }]);
    } finally {
      await prisma().case.update({ where: { id: caseId }, data: { countyCode: "513201" } });
    }
  });
});

describe("nextOpenTests", () => {
  it("gives each contact its earliest scheduled test without a result, overdue ones included, in scope only", async () => {
    const { contacts } = await registerContacts(u.mk, caseId, { contacts: [closeRow({ name: "待检甲" }), closeRow({ name: "待检乙" })] }, { now });
    const [a, b] = contacts.map((c) => c.id) as [string, string];
    await recordTestResult(u.mk, a, { sampleDate: "2026-03-02", result: "NEGATIVE" }, { now });
    await recordTestResult(u.mk, b, { sampleDate: "2026-03-02", result: "PENDING" }, { now });
    const next = await nextOpenTests(u.mk, [a, b]);
    expect(next.get(a)).toMatchObject({ date: "2026-03-05", pending: false });
    expect(next.get(b)).toMatchObject({ date: "2026-03-02", pending: true });
    expect(await nextOpenTests(u.wc, [a, b])).toEqual(new Map());
    expect(await nextOpenTests(u.mk, [])).toEqual(new Map());
  });
});
