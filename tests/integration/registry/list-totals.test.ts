// The lists' capped totals (docs/decisions/0027-capped-list-totals.md): a count stops at the
// cap + 1 rows, answers the cap with totalCapped when it is passed, and is exact up to it.
// The cap is lowered through the services' `totalCap` option so a few rows reach it.
import { PrismaPg } from "@prisma/adapter-pg";
import { beforeAll, describe, expect, it } from "vitest";
import { listCases } from "@/lib/cases/list-cases";
import { casePageSchema } from "@/lib/cases/schemas";
import { registerCase } from "@/lib/cases/register-case";
import { LIST_TOTAL_CAP } from "@/lib/capped-total";
import { listContacts } from "@/lib/contacts/list-contacts";
import { contactPageSchema } from "@/lib/contacts/schemas";
import { registerContacts } from "@/lib/contacts/register-contacts";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { onTheWire } from "@/lib/validation/answer-fields";
import type { TestDatabase } from "../test-database";
import { at, caseBody, closeRow, seedFixtures, type Users } from "./fixtures";

const now = at("2026-03-10");
const testDb = (globalThis as unknown as { tracerTestDb: TestDatabase }).tracerTestDb;
const CONTACTS = 30;
const CASES = 12;
let u: Users;

beforeAll(async () => {
  u = await seedFixtures();
  const source = await registerCase(u.mk, caseBody({ name: "源头病例" }), { now });
  const rows = Array.from({ length: CONTACTS }, (_, i) => closeRow({ name: `接触者${String(i + 1).padStart(2, "0")}` }));
  await registerContacts(u.mk, source.id, { contacts: rows }, { now });
  for (let i = 1; i <= CASES; i++) await registerCase(u.mk, caseBody({ name: `病例搜${i}` }), { now });
});

describe("listContacts: the capped total", () => {
  it("answers the cap and totalCapped when more rows match than the cap", async () => {
    const page = await listContacts(u.mk, { q: "接触", pageSize: 25 }, { now, totalCap: 10 });
    expect(page).toMatchObject({ total: 10, totalCapped: true, page: 1, pageSize: 25 });
    // The page itself is not capped, nor are later pages past the counted rows.
    expect(page.items).toHaveLength(25);
    const third = await listContacts(u.mk, { q: "接触", pageSize: 10, page: 3 }, { now, totalCap: 10 });
    expect(third).toMatchObject({ total: 10, totalCapped: true });
    expect(third.items.map((c) => c.person.name)).toHaveLength(10);
    expect(new Set([...page.items, ...third.items].map((c) => c.id)).size).toBe(CONTACTS);
    expect(() => contactPageSchema.parse(onTheWire(page))).not.toThrow();
  });

  it("is exact, with totalCapped false, up to and at the cap", async () => {
    expect(await listContacts(u.mk, { q: "接触" }, { now })).toMatchObject({ total: CONTACTS, totalCapped: false });
    expect(await listContacts(u.mk, { q: "接触" }, { now, totalCap: CONTACTS })).toMatchObject({ total: CONTACTS, totalCapped: false });
    expect(await listContacts(u.mk, { q: "接触" }, { now, totalCap: CONTACTS - 1 })).toMatchObject({ total: CONTACTS - 1, totalCapped: true });
    expect(await listContacts(u.mk, { q: "接触者07" }, { now, totalCap: 10 })).toMatchObject({ total: 1, totalCapped: false });
    expect(await listContacts(u.mk, { q: "无此人" }, { now, totalCap: 10 })).toMatchObject({ total: 0, totalCapped: false, items: [] });
    // The county scope still applies before counting.
    expect(await listContacts(u.wc, {}, { now, totalCap: 10 })).toMatchObject({ total: 0, totalCapped: false });
  });

  it("counts over a LIMITed subquery of cap + 1 rows, not ordered by the primary key", async () => {
    const counts = await countStatements((db) => listContacts(u.mk, { q: "接触" }, { now, db }));
    expect(counts).toHaveLength(1);
    expect(counts[0]!.query).toMatch(/LIMIT/i);
    // Ordered by id, PostgreSQL walks the whole primary key to find the county's rows (see cappedTotal).
    expect(counts[0]!.query).not.toMatch(/ORDER BY \S*"id"/);
    expect(counts[0]!.params).toContain(String(LIST_TOTAL_CAP + 1));
  });
});

describe("listCases: the same cap", () => {
  it("caps a broad search and is exact at the cap", async () => {
    const capped = await listCases(u.mk, { q: "病例搜" }, { totalCap: 10 });
    expect(capped).toMatchObject({ total: 10, totalCapped: true });
    expect(capped.items).toHaveLength(CASES);
    expect(() => casePageSchema.parse(onTheWire(capped))).not.toThrow();
    expect(await listCases(u.mk, { q: "病例搜" }, { totalCap: CASES })).toMatchObject({ total: CASES, totalCapped: false });
    expect(await listCases(u.mk, { q: "病例搜" })).toMatchObject({ total: CASES, totalCapped: false });
    expect(await listCases(u.mk, {})).toMatchObject({ total: CASES + 1, totalCapped: false });
  });

  it("counts the same way", async () => {
    const counts = await countStatements((db) => listCases(u.mk, { q: "病例搜" }, { db }));
    expect(counts).toHaveLength(1);
    expect(counts[0]!.query).toMatch(/LIMIT/i);
    expect(counts[0]!.query).not.toMatch(/ORDER BY \S*"id"/);
  });
});

/** The COUNT statements a service sends, seen through a client that logs its queries. */
async function countStatements(run: (db: PrismaClient) => Promise<unknown>): Promise<{ query: string; params: string }[]> {
  const logged = new PrismaClient({
    adapter: new PrismaPg({ connectionString: testDb.url, max: 2 }, { schema: testDb.schema }),
    log: [{ emit: "event", level: "query" }],
  });
  const statements: { query: string; params: string }[] = [];
  logged.$on("query", (e) => statements.push({ query: e.query, params: e.params }));
  try {
    await run(logged);
  } finally {
    await logged.$disconnect();
  }
  return statements.filter((s) => /COUNT\(/i.test(s.query));
}
