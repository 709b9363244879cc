import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { assertCan, can, PERMISSION_TABLE, PERMISSIONS, type Permission } from "@/lib/auth/permissions";
import { countyScope, inScope } from "@/lib/auth/scope";
import { ROLES, type Role, type SessionUser } from "@/lib/auth/user";

const WRITES: Permission[] = [
  "case:write",
  "contact:write",
  "contact:reclassify",
  "contact:release",
  "test:write",
  "health:write",
  "site:write",
];
const COUNTY_READS: Permission[] = ["case:read", "contact:read", "site:read"];
const ADMINISTRATION: Permission[] = ["user:manage", "policy:manage", "reference:manage", "audit:read"];
const PERSONAL: Permission[] = ["personal:full", "personal:masked"];

const granted = (role: Role) => new Set<Permission>(PERMISSION_TABLE[role]);

function user(role: Role, countyCode: string | null): SessionUser {
  return { id: `${role}-id`, username: role.toLowerCase(), displayName: role, role, countyCode };
}

const staff = user("COUNTY_STAFF", "513201");
const official = user("PREFECTURE_OFFICIAL", null);
const admin = user("ADMIN", null);

describe("permission table (docs/architecture.md, Access)", () => {
  it("has an entry for every role and only known permissions", () => {
    expect(Object.keys(PERMISSION_TABLE).sort()).toEqual([...ROLES].sort());
    for (const role of ROLES) {
      expect(PERMISSION_TABLE[role].length, role).toBeGreaterThan(0);
      for (const p of PERMISSION_TABLE[role]) expect(PERMISSIONS, `${role} ${p}`).toContain(p);
      expect(new Set(PERMISSION_TABLE[role]).size, `${role} has duplicates`).toBe(PERMISSION_TABLE[role].length);
    }
  });

  it("grants every permission to some role", () => {
    const used = new Set(ROLES.flatMap((r) => [...PERMISSION_TABLE[r]]));
    expect([...PERMISSIONS].filter((p) => !used.has(p))).toEqual([]);
  });

  it("lets county staff write and read their county's records, with full personal data", () => {
    const p = granted("COUNTY_STAFF");
    for (const w of [...WRITES, ...COUNTY_READS, "personal:full", "dashboard:read"] as Permission[]) {
      expect(p.has(w), w).toBe(true);
    }
    expect(p.has("personal:masked")).toBe(false);
    for (const a of ADMINISTRATION) expect(p.has(a), a).toBe(false);
  });

  it("lets prefecture officials read (dashboards, masked personal data) and publish the daily bulletin", () => {
    const p = granted("PREFECTURE_OFFICIAL");
    expect(p.has("dashboard:read")).toBe(true);
    expect(p.has("personal:masked")).toBe(true);
    expect(p.has("personal:full")).toBe(false);
    for (const w of WRITES) expect(p.has(w), w).toBe(false);
    for (const a of ADMINISTRATION) expect(p.has(a), a).toBe(false);
    expect(p.has("bulletin:manage")).toBe(true);
    expect(granted("COUNTY_STAFF").has("bulletin:manage")).toBe(false);
    for (const perm of p) expect([...COUNTY_READS, "dashboard:read", "personal:masked", "bulletin:manage"], perm).toContain(perm);
  });

  it("lets administrators manage accounts, policy, reference data and read the audit log, with no personal data", () => {
    const p = granted("ADMIN");
    expect([...p].sort()).toEqual([...ADMINISTRATION].sort());
    for (const perm of [...PERSONAL, ...WRITES, ...COUNTY_READS, "dashboard:read"] as Permission[]) {
      expect(p.has(perm), perm).toBe(false);
    }
  });

  it("keeps full and masked personal data apart: no role has both", () => {
    for (const role of ROLES) {
      const p = granted(role);
      expect(p.has("personal:full") && p.has("personal:masked"), role).toBe(false);
    }
  });
});

describe("can / assertCan", () => {
  it("follow the table for every role and permission", () => {
    for (const role of ROLES) {
      for (const perm of PERMISSIONS) {
        const expected = granted(role).has(perm);
        expect(can({ role }, perm), `${role} ${perm}`).toBe(expected);
        if (expected) expect(() => assertCan({ role }, perm)).not.toThrow();
        else expect(() => assertCan({ role }, perm)).toThrow(expect.objectContaining({ code: "FORBIDDEN", status: 403 }));
      }
    }
  });
});

describe("countyScope", () => {
  it("limits county staff to their own county", () => {
    expect(countyScope(staff)).toEqual({ countyCode: "513201" });
  });

  it("gives prefecture-wide roles every county", () => {
    expect(countyScope(official)).toEqual({});
    expect(countyScope(admin)).toEqual({});
  });

  it("refuses county staff without a county (FORBIDDEN) rather than showing everything", () => {
    const noCounty = user("COUNTY_STAFF", null);
    expect(() => countyScope(noCounty)).toThrow(AppError);
    expect(() => countyScope(noCounty)).toThrow(expect.objectContaining({ code: "FORBIDDEN", status: 403 }));
    expect(() => countyScope(user("COUNTY_STAFF", ""))).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
  });
});

describe("inScope", () => {
  it("is true only for the staff member's own county", () => {
    expect(inScope(staff, "513201")).toBe(true);
    expect(inScope(staff, "513221")).toBe(false);
  });

  it("is true for any county for prefecture-wide roles", () => {
    for (const county of ["513201", "513221", "513233"]) {
      expect(inScope(official, county)).toBe(true);
      expect(inScope(admin, county)).toBe(true);
    }
  });

  it("throws FORBIDDEN for county staff without a county", () => {
    expect(() => inScope(user("COUNTY_STAFF", null), "513201")).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
  });
});
