import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";

describe("test database", () => {
  it("is a fresh schema of this file with migrations applied", async () => {
    const db = prisma();
    await db.jurisdiction.create({ data: { code: "513200", nameZh: "阿坝州", nameEn: "Aba", level: "PREFECTURE" } });
    expect(await db.jurisdiction.count()).toBe(1);
    const rows = await db.$queryRaw<{ s: string }[]>`SELECT current_schema() AS s`;
    expect(rows[0]?.s).toMatch(/^t_|public/);
  });

  it("refuses to update or delete audit events", async () => {
    const db = prisma();
    const ev = await db.auditEvent.create({ data: { action: "x", entity: "y" } });
    await expect(db.auditEvent.update({ where: { id: ev.id }, data: { action: "z" } })).rejects.toThrow(/append-only/);
    await expect(db.auditEvent.delete({ where: { id: ev.id } })).rejects.toThrow(/append-only/);
  });
});
