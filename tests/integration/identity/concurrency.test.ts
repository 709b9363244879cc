// One new person registered under ten cases at the same moment (docs/decisions/0004): one
// record, one running plan, and every other request a 409 with a code — never a 500.
import { beforeAll, describe, expect, it } from "vitest";
import { registerCase } from "@/lib/cases/register-case";
import { registerContacts } from "@/lib/contacts/register-contacts";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { at, caseBody, closeRow, nextId, seedFixtures, type Users } from "../registry/fixtures";

const now = at("2026-03-10");
let u: Users;
let cases: string[];
beforeAll(async () => {
  u = await seedFixtures();
  cases = [];
  for (let i = 0; i < 10; i++) cases.push((await registerCase(u.mk, caseBody(), { now })).id);
});

const outcome = (p: Promise<unknown>) => p.then(() => "created", (e: unknown) => (e instanceof AppError ? e.code : `unexpected: ${String(e)}`));

describe("ten parallel registrations of one new person", () => {
  it("make one person with one plan; the others are told to decide (MATCHES_FOUND)", async () => {
    const id = nextId();
    const results = await Promise.all(cases.map((c) => outcome(registerContacts(u.mk, c, { contacts: [closeRow({ idNumber: id })] }, { now }))));
    expect(results.filter((r) => r === "created")).toHaveLength(1);
    expect(results.filter((r) => r === "MATCHES_FOUND")).toHaveLength(9);
    expect(await prisma().person.count({ where: { identityKey: `RESIDENT_ID:${id}` } })).toBe(1);
    expect(await prisma().contact.count({ where: { person: { identityKey: `RESIDENT_ID:${id}` }, status: "ACTIVE" } })).toBe(1);
  });

  it("with onDuplicate MERGE all succeed: one running plan, nine merged registrations", async () => {
    const id = nextId();
    const results = await Promise.all(
      cases.map((c, i) => outcome(registerContacts(u.mk, c, { contacts: [closeRow({ idNumber: id, lastExposureDate: `2026-03-0${(i % 9) + 1}`, identifiedDate: "2026-03-10", onDuplicate: "MERGE" })] }, { now }))),
    );
    expect(results).toEqual(Array(10).fill("created"));
    const statuses = await prisma().contact.groupBy({ by: ["status"], where: { person: { identityKey: `RESIDENT_ID:${id}` } }, _count: { _all: true } });
    expect(Object.fromEntries(statuses.map((s) => [s.status, s._count._all]))).toEqual({ ACTIVE: 1, MERGED: 9 });
    expect(await prisma().isolationPlan.count({ where: { active: true, contact: { person: { identityKey: `RESIDENT_ID:${id}` } } } })).toBe(1);
  });
});
