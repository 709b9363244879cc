import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createUser } from "@/lib/admin/create-user";
import { updateUser } from "@/lib/admin/update-user";
import { resetPassword } from "@/lib/admin/reset-password";
import { authenticate } from "@/lib/auth/authenticate";
import { loadActiveUser } from "@/lib/auth/load-user";
import type { SessionUser } from "@/lib/auth/user";
import { createUser as fixtureUser } from "../auth/fixtures";

async function sessionOf(username: string, role: SessionUser["role"] = "ADMIN", countyCode: string | null = null): Promise<SessionUser> {
  const row = await fixtureUser({ username, role, countyCode });
  return (await loadActiveUser(row.id))!;
}

describe("account management", () => {
  it("creates a staff account that must change its password, and audits it without the hash", async () => {
    const admin = await sessionOf("root");
    const created = await createUser(admin, { username: "li.wei", displayName: "李伟", role: "COUNTY_STAFF", countyCode: "513222", password: "temporary-pass-1" });
    expect(created).toMatchObject({ username: "li.wei", role: "COUNTY_STAFF", countyCode: "513222", active: true, mustChangePassword: true });
    expect(created).not.toHaveProperty("passwordHash");
    expect(await authenticate({ username: "li.wei", password: "temporary-pass-1" })).toMatchObject({ ok: true });
    const event = await prisma().auditEvent.findFirstOrThrow({ where: { action: "user.create", entityId: created.id } });
    expect(JSON.stringify(event.after)).not.toContain("temporary-pass-1");
    expect(JSON.stringify(event.after)).not.toMatch(/\$2[aby]\$/);
  });

  it("names each bad field: username format and taken, short password, staff without county, unknown county", async () => {
    const admin = await sessionOf("root2");
    await expect(createUser(admin, { username: "A B", displayName: "x", role: "COUNTY_STAFF", password: "short" })).rejects.toMatchObject({
      code: "VALIDATION",
      fields: [
        { path: "username", key: "admin.errors.usernameFormat" },
        { path: "password", key: "admin.errors.passwordTooShort" },
        { path: "countyCode", key: "admin.errors.countyRequired" },
      ],
    });
    await expect(createUser(admin, { username: "root2", displayName: "x", role: "ADMIN", password: "long-enough-1" })).rejects.toMatchObject({
      fields: [{ path: "username", key: "admin.errors.usernameTaken" }],
    });
    await expect(createUser(admin, { username: "x.y", displayName: "x", role: "COUNTY_STAFF", countyCode: "513200", password: "long-enough-1" })).rejects.toMatchObject({
      fields: [{ path: "countyCode", key: "registry.errors.unknownCounty" }],
    });
  });

  it("disabling a colleague cuts them off at their next request; enabling restores it", async () => {
    const admin = await sessionOf("root3");
    const staff = await sessionOf("departed", "COUNTY_STAFF", "513201");
    expect(await loadActiveUser(staff.id)).not.toBeNull();
    await updateUser(admin, staff.id, { active: false });
    expect(await loadActiveUser(staff.id)).toBeNull();
    expect(await authenticate({ username: "departed", password: "correct horse battery" })).toEqual({ ok: false, reason: "DISABLED" });
    await updateUser(admin, staff.id, { active: true });
    expect(await loadActiveUser(staff.id)).not.toBeNull();
    const actions = (await prisma().auditEvent.findMany({ where: { entityId: staff.id, action: { startsWith: "user." } }, orderBy: { id: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["user.disable", "user.enable"]);
  });

  it("moves staff to another county, effective on the next request", async () => {
    const admin = await sessionOf("root4");
    const staff = await sessionOf("mover", "COUNTY_STAFF", "513201");
    await updateUser(admin, staff.id, { countyCode: "513221" });
    expect((await loadActiveUser(staff.id))?.countyCode).toBe("513221");
    // Promoting to a prefecture role drops the county.
    expect(await updateUser(admin, staff.id, { role: "PREFECTURE_OFFICIAL" })).toMatchObject({ role: "PREFECTURE_OFFICIAL", countyCode: null });
  });

  it("an administrator cannot disable or demote themselves", async () => {
    const admin = await sessionOf("root5");
    await expect(updateUser(admin, admin.id, { active: false })).rejects.toMatchObject({ code: "RULE_VIOLATION", key: "admin.errors.notYourself" });
    await expect(updateUser(admin, admin.id, { role: "COUNTY_STAFF", countyCode: "513201" })).rejects.toMatchObject({ code: "RULE_VIOLATION" });
  });

  it("resetting a password lifts a lockout and requires a change", async () => {
    const admin = await sessionOf("root6");
    const staff = await sessionOf("locked", "COUNTY_STAFF", "513201");
    await prisma().user.update({ where: { id: staff.id }, data: { lockedUntil: new Date(Date.now() + 600_000), failedSignIns: 0 } });
    const after = await resetPassword(admin, staff.id, { password: "new-temporary-1" });
    expect(after).toMatchObject({ lockedUntil: null, mustChangePassword: true });
    expect(await authenticate({ username: "locked", password: "new-temporary-1" })).toMatchObject({ ok: true });
    await expect(resetPassword(admin, "00000000-0000-4000-8000-000000000000", { password: "new-temporary-1" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("only administrators manage accounts", async () => {
    const staff = await sessionOf("plain", "COUNTY_STAFF", "513201");
    const official = await sessionOf("pref", "PREFECTURE_OFFICIAL");
    for (const u of [staff, official]) {
      await expect(createUser(u, { username: "zz", displayName: "z", role: "ADMIN", password: "long-enough-1" })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(updateUser(u, staff.id, { active: false })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(resetPassword(u, staff.id, { password: "long-enough-1" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });
});
