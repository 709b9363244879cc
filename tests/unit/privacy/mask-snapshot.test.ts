// Audit snapshots keep no full ID number or phone (docs/decisions/0015-audit-trail.md), and
// mask nothing else: ids, dates and ordinary numbers pass unchanged.
import { describe, expect, it } from "vitest";
import { maskInText, maskSnapshot } from "@/lib/privacy/mask";

describe("maskSnapshot", () => {
  it("masks ID numbers and phones by field name, at any depth, without changing the input", () => {
    const input = { person: { name: "张三", idNumber: "51320119900101123X", phone: "13800001234" }, rows: [{ phone: "0837-2822222" }], identityKey: "RESIDENT_ID:51320119900101123X" };
    const copy = structuredClone(input);
    expect(maskSnapshot(input)).toEqual({
      person: { name: "张三", idNumber: "**************123X", phone: "*******1234" },
      rows: [{ phone: "********2222" }],
      identityKey: `${"*".repeat(26)}123X`,
    });
    expect(input).toEqual(copy);
  });

  it("masks resident IDs and mobile phones inside free text, and leaves ids, dates and short numbers", () => {
    expect(maskInText("电话13912345678，+86 13912345678，身份证51320119900101123x。")).toBe("电话*******5678，***********5678，身份证**************123x。");
    const untouched = "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d 2026-03-01 房间 1203 体温 37.2 单号 12345678901234567890";
    expect(maskInText(untouched)).toBe(untouched);
    expect(maskSnapshot({ n: 13912345678, ok: true, none: null })).toEqual({ n: 13912345678, ok: true, none: null });
  });
});
