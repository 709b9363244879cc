import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { seedReferenceData } from "@/lib/seed/reference-data";
import { seedDemoAccounts } from "@/lib/seed/accounts";
import { seedDemoData } from "@/lib/seed/demo-data";
import { loadActiveUser } from "@/lib/auth/load-user";
import { listContacts } from "@/lib/contacts/list-contacts";
import { getTasks } from "@/lib/tasks/get-tasks";

const NOW = new Date("2026-11-29T04:00:00Z");

describe("demo data", () => {
  it("is created once, through the services, and each county sees only its own", async () => {
    const db = prisma();
    await seedReferenceData(db);
    await seedReferenceData(db); // idempotent
    expect(await db.jurisdiction.count()).toBe(14);
    await seedDemoAccounts(db);
    expect(await seedDemoData(db, NOW)).toBe(true);
    expect(await seedDemoData(db, NOW)).toBe(false);

    expect(await db.case.count()).toBe(2);
    const byCounty = await db.contact.groupBy({ by: ["countyCode", "category"], _count: true, orderBy: [{ countyCode: "asc" }, { category: "asc" }] });
    expect(byCounty.map((r) => [r.countyCode, r.category, r._count])).toEqual([
      ["513201", "CLOSE", 4],
      ["513201", "SECONDARY", 2],
      ["513201", "GENERAL", 2],
      ["513221", "CLOSE", 2],
      ["513221", "SECONDARY", 2],
    ]);
    expect(await db.auditEvent.count({ where: { action: "case.register" } })).toBe(2);

    const wenchuan = (await loadActiveUser((await db.user.findUniqueOrThrow({ where: { username: "wenchuan" } })).id))!;
    const listed = await listContacts(wenchuan, {}, { now: NOW });
    expect(listed.items.every((c: { countyCode: string }) => c.countyCode === "513221")).toBe(true);
    const tasks = await getTasks(wenchuan, { date: "2026-11-29" }, { now: NOW });
    expect(tasks.items.length).toBeGreaterThan(0);
    expect(tasks.items.every((p) => p.countyCode === "513221")).toBe(true);
  });
});
