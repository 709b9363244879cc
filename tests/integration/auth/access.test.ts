import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { loadActiveUser } from "@/lib/auth/load-user";
import { countyScope } from "@/lib/auth/scope";
import { listUsers } from "@/lib/admin/list-users";
import { listAuditEvents } from "@/lib/audit/list-events";
import { listCountiesInScope } from "@/lib/jurisdictions/counties";
import { AppError } from "@/lib/errors";
import { createUser } from "./fixtures";

describe("per-request account checks", () => {
  it("a disabled, locked or re-assigned account takes effect on the next request", async () => {
    const user = await createUser({ username: "chen", countyCode: "513201" });
    expect(await loadActiveUser(user.id)).toMatchObject({ id: user.id, countyCode: "513201" });

    await prisma().user.update({ where: { id: user.id }, data: { countyCode: "513221" } });
    expect(await loadActiveUser(user.id)).toMatchObject({ countyCode: "513221" });

    const now = new Date("2026-11-29T08:00:00Z");
    await prisma().user.update({ where: { id: user.id }, data: { lockedUntil: new Date(now.getTime() + 60_000) } });
    expect(await loadActiveUser(user.id, { now })).toBeNull();
    expect(await loadActiveUser(user.id, { now: new Date(now.getTime() + 60_000) })).not.toBeNull();

    await prisma().user.update({ where: { id: user.id }, data: { active: false } });
    expect(await loadActiveUser(user.id)).toBeNull();
  });

  it("a staff account without a county may not act", async () => {
    const user = await createUser({ username: "nocounty", countyCode: null });
    expect(await loadActiveUser(user.id)).toBeNull();
  });
});

describe("county scope against real rows", () => {
  it("staff of 马尔康市 cannot read a row of 汶川县; the prefecture can", async () => {
    const maerkang = await createUser({ username: "mk", countyCode: "513201" });
    const official = await createUser({ username: "off", role: "PREFECTURE_OFFICIAL", countyCode: null });
    const site = await prisma().isolationSite.create({ data: { name: "汶川县隔离点一", countyCode: "513221", capacity: 10 } });
    const staff = (await loadActiveUser(maerkang.id))!;
    const prefecture = (await loadActiveUser(official.id))!;

    expect(await prisma().isolationSite.findFirst({ where: { id: site.id, ...countyScope(staff) } })).toBeNull();
    expect(await prisma().isolationSite.findMany({ where: countyScope(staff) })).toEqual([]);
    expect(await prisma().isolationSite.findFirst({ where: { id: site.id, ...countyScope(prefecture) } })).toMatchObject({ id: site.id });

    expect((await listCountiesInScope(staff)).map((c) => c.code)).toEqual(["513201"]);
    expect(await listCountiesInScope(prefecture)).toHaveLength(13);
  });
});

describe("permission table in services", () => {
  it("only administrators list accounts and read the audit log", async () => {
    const admin = (await loadActiveUser((await createUser({ username: "root", role: "ADMIN", countyCode: null })).id))!;
    const staff = (await loadActiveUser((await createUser({ username: "s1" })).id))!;
    const official = (await loadActiveUser((await createUser({ username: "o1", role: "PREFECTURE_OFFICIAL", countyCode: null })).id))!;

    const users = await listUsers(admin);
    // Accounts made by earlier tests of this file are listed too.
    expect(users.map((u) => u.username)).toEqual(expect.arrayContaining(["o1", "root", "s1", "chen"]));
    expect(users.every((u) => !("passwordHash" in u))).toBe(true);
    expect((await listAuditEvents(admin)).filter.pageSize).toBe(50);

    for (const u of [staff, official]) {
      await expect(listUsers(u)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(listAuditEvents(u)).rejects.toBeInstanceOf(AppError);
    }
  });
});
