// The scale generator (scripts/seed-scale/outbreak.ts) on a small outbreak: every generated
// contact person carries a resident ID number that the registry itself would accept, whose
// birth date and sex agree with the record, unique within its county; and the engine's plans
// are there for every contact. bench:today searches these numbers at 1M contacts.
import { beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { prisma } from "@/lib/db";
import { currentPolicy } from "@/lib/policy/current-policy";
import { validateIdCard } from "@/lib/validation/id-card";
import { fromDbDate } from "@/lib/calendar";
import { outbreakSteps } from "../../../scripts/seed-scale/outbreak";
import { planTemplates } from "../../../scripts/seed-scale/templates";
import { MAERKANG, seedFixtures, WENCHUAN } from "../registry/fixtures";

const TODAY = "2026-11-30";
const CONTACTS = 1_200;

beforeAll(async () => {
  await seedFixtures();
  // The generator's results and checks are entered by this account (as `npm run setup` creates it).
  await prisma().user.create({ data: { id: "00000000-0000-4000-8000-000000000001", username: "system", displayName: "system", passwordHash: "x", role: "ADMIN" } });
  const policy = await prisma().$transaction((tx) => currentPolicy(tx));
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query(`SET tracer.facts = 'off'`);
    for (const step of outbreakSteps({ counties: [MAERKANG, WENCHUAN], contacts: CONTACTS, today: TODAY, days: 42, policyVersion: policy.version, templates: planTemplates(policy) })) {
      await client.query(step.sql, step.params);
    }
  } finally {
    await client.end();
  }
}, 60_000);

describe("seed:scale's generated people", () => {
  it("gives every contact person a valid resident ID that agrees with their sex and birth date, unique in the county", async () => {
    const people = await prisma().person.findMany({ where: { contacts: { some: {} } }, select: { countyCode: true, sex: true, birthDate: true, idType: true, idNumber: true, identityKey: true } });
    expect(people.length).toBe(CONTACTS);
    for (const p of people) {
      const check = validateIdCard(p.idNumber, { today: TODAY });
      expect(check, `${p.idNumber}`).toMatchObject({ ok: true, sex: p.sex, birthDate: p.birthDate ? fromDbDate(p.birthDate) : null });
      expect(p.idNumber!.slice(0, 6)).toBe(p.countyCode);
      expect(p.identityKey).toBe(`RESIDENT_ID:${p.idNumber}`);
    }
    const keys = new Set(people.map((p) => `${p.countyCode} ${p.identityKey}`));
    expect(keys.size).toBe(people.length);
  });

  it("gives every contact the engine's plan", async () => {
    const [contacts, withPlan] = await Promise.all([prisma().contact.count(), prisma().contact.count({ where: { plans: { some: {} } } })]);
    expect(contacts).toBeGreaterThanOrEqual(CONTACTS);
    expect(withPlan).toBe(contacts);
  });
});
