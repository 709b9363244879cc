// Searches of one or two characters go to the name's pieces (Person.nameGrams, kept by a trigger;
// docs/decisions/0029-short-name-search.md): the same people as a "contains" on the name, for
// the lists, whichever way the person was written (one by one, set-based, renamed); longer
// searches still cover documents and phones.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { registerCase } from "@/lib/cases/register-case";
import { registerContacts } from "@/lib/contacts/register-contacts";
import { listContacts } from "@/lib/contacts/list-contacts";
import { listCases } from "@/lib/cases/list-cases";
import { updateContact } from "@/lib/contacts/update-contact";
import { at, caseBody, closeRow, seedFixtures, WENCHUAN, type Users } from "./fixtures";

const now = at("2026-03-12");
let u: Users;
let source: string;

const names = async (q: string, user = () => u.mk) => (await listContacts(user(), { q, pageSize: 100 })).items.map((c) => c.person.name).sort();

beforeAll(async () => {
  u = await seedFixtures();
  source = (await registerCase(u.mk, caseBody({ name: "梁病例" }), { now })).id;
  await registerContacts(u.mk, source, { contacts: ["梁林波", "小梁林", "林梁", "John Smith", "王五"].map((name) => closeRow({ name, phone: "13912345678" })) }, { now });
  const wc = await registerCase(u.wc, caseBody({ countyCode: WENCHUAN, name: "汶川病例" }), { now });
  await registerContacts(u.wc, wc.id, { contacts: [closeRow({ name: "梁林芳" })] }, { now });
});

describe("short name searches", () => {
  it("find every name that contains one or two characters, in the county only", async () => {
    expect(await names("梁林")).toEqual(["小梁林", "梁林波"].sort());
    expect(await names("梁")).toEqual(["小梁林", "林梁", "梁林波"].sort());
    expect(await names("林波")).toEqual(["梁林波"]);
    // Latin names compare without case, as the longer searches do.
    expect(await names("jo")).toEqual(["John Smith"]);
    expect(await names("HN")).toEqual(["John Smith"]);
    // Each county finds its own: 汶川县's 梁林芳 is not among 马尔康市's, and the other way round.
    expect(await names("梁林", () => u.wc)).toEqual(["梁林芳"]);
  });

  it("agree with a contains on the name for every one- and two-character piece of the stored names", async () => {
    const people = await prisma().person.findMany({ select: { name: true, nameGrams: true } });
    for (const p of people) {
      const chars = [...p.name.toLowerCase()];
      const pieces = new Set([...chars, ...chars.slice(1).map((c, i) => chars[i]! + c)]);
      expect(new Set(p.nameGrams)).toEqual(pieces);
    }
  });

  it("follow a renamed person", async () => {
    const c = (await listContacts(u.mk, { q: "王五" })).items[0]!;
    await updateContact(u.mk, c.id, { version: c.version, name: "王梁", sex: "MALE", idNumber: c.person.idNumber, phone: c.person.phone }, { now });
    expect(await names("梁")).toContain("王梁");
    expect(await names("五")).toEqual([]);
  });

  it("search only names with a fragment of one or two digits; three or more also search documents and phones", async () => {
    expect(await names("13")).toEqual([]);
    expect((await names("139")).length).toBe(5);
    expect((await listCases(u.mk, { q: "梁" })).items.map((c) => c.name)).toEqual(["梁病例"]);
  });
});
