import { describe, expect, it } from "vitest";
import { normalizeLabel, parseLabel } from "@/components/entry-grid/labels";

describe("parseLabel", () => {
  it.each([
    ["密接", "CLOSE"],
    ["密切接触者", "CLOSE"],
    [" 密切接触 ", "CLOSE"],
    ["一般接触者", "GENERAL"],
    ["一般", "GENERAL"],
    ["Close contact", "CLOSE"],
    ["general", "GENERAL"],
    ["CLOSE", "CLOSE"],
    ["次密接", "SECONDARY"],
  ])("category %j → %s", (label, value) => {
    expect(parseLabel("category", label)).toBe(value);
  });

  it.each([
    ["男", "MALE"],
    ["女", "FEMALE"],
    ["男性", "MALE"],
    ["Ｆ", "FEMALE"], // full-width letter from an IME
    ["male", "MALE"],
    ["1", "MALE"],
    ["2", "FEMALE"],
  ])("sex %j → %s", (label, value) => {
    expect(parseLabel("sex", label)).toBe(value);
  });

  it.each([
    ["家庭", "HOUSEHOLD"],
    ["同住", "HOUSEHOLD"],
    ["工作场所", "WORKPLACE"],
    ["同事", "WORKPLACE"],
    ["聚餐", "MEAL"],
    ["交通工具", "TRANSPORT"],
    ["Shared meal", "MEAL"],
    ["school", "SCHOOL"],
    ["其它", "OTHER"],
  ])("exposure setting %j → %s", (label, value) => {
    expect(parseLabel("exposureSetting", label)).toBe(value);
  });

  it("answers empty for an empty cell and null for an unknown label", () => {
    expect(parseLabel("sex", "  ")).toBe("");
    expect(parseLabel("sex", "未知")).toBeNull();
    expect(parseLabel("category", "密接者吗")).toBeNull();
  });

  it("normalizes width, case and spacing", () => {
    expect(normalizeLabel(" Close  Contact ")).toBe("closecontact");
    expect(normalizeLabel("ＨＯＵＳＥ＿ＨＯＬＤ")).toBe("household");
  });
});
