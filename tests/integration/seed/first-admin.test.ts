import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { ensureFirstAdmin } from "@/lib/seed/accounts";

describe("ensureFirstAdmin", () => {
  it("creates exactly one administrator when several instances start at once", async () => {
    const db = prisma();
    // Replicas configured alike run the seed concurrently, and a stray one may be configured
    // with another name (docs/decisions/0006-several-instances.md).
    const inputs = ["firstadmin", "firstadmin", "firstadmin", "otheradmin"].map((username) => ({ username, password: "long-enough-password" }));
    const results = await Promise.all(inputs.map((input) => ensureFirstAdmin(db, input)));
    expect(results.filter((r) => r === "created")).toHaveLength(1);
    expect(results.filter((r) => r === "exists")).toHaveLength(3);
    expect(await db.user.count({ where: { role: "ADMIN" } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "user.create_first_admin" } })).toBe(1);
    expect(await ensureFirstAdmin(db, inputs[0]!)).toBe("exists");
  });
});
