import { describe, expect, it } from "vitest";
import { choicesFor } from "@/components/entry-grid/labels";
import { indexChoices, labelKeys, matchChoice, TypeBuffer } from "@/components/entry-grid/type-to-select";
import { EXPOSURE_SETTINGS, SEXES } from "@/lib/validation/fields";

const sex = indexChoices(choicesFor("sex", SEXES));
const category = indexChoices(choicesFor("category", ["CLOSE", "SECONDARY", "GENERAL"]));
const setting = indexChoices(choicesFor("exposureSetting", EXPOSURE_SETTINGS));

describe("labelKeys", () => {
  it("gives a Chinese label its pinyin initials and full pinyin (ü as v)", () => {
    expect(labelKeys("密接")).toEqual(["密接", "mj", "mijie"]);
    expect(labelKeys("女")).toEqual(["女", "n", "nv"]);
    expect(labelKeys("Close contact")).toEqual(["closecontact"]);
  });
});

describe("matchChoice", () => {
  it("chooses by pinyin initials", () => {
    expect(matchChoice(category, "mj")).toBe("CLOSE");
    expect(matchChoice(category, "cmj")).toBe("SECONDARY");
    expect(matchChoice(category, "yb")).toBe("GENERAL");
    expect(matchChoice(sex, "n")).toBe("MALE"); // 男 and 女 both start with n: the first option wins
    expect(matchChoice(setting, "jc")).toBe("MEAL"); // 聚餐
  });

  it("chooses by full pinyin, Chinese label prefix and English label prefix", () => {
    expect(matchChoice(sex, "nv")).toBe("FEMALE");
    expect(matchChoice(sex, "女")).toBe("FEMALE");
    expect(matchChoice(category, "次")).toBe("SECONDARY");
    expect(matchChoice(category, "密")).toBe("CLOSE");
    expect(matchChoice(setting, "工作")).toBe("WORKPLACE");
    expect(matchChoice(setting, "Meal")).toBe("MEAL");
    expect(matchChoice(sex, "f")).toBe("FEMALE");
  });

  it("prefers a whole key to a prefix, folds width and case, and answers null for nothing", () => {
    expect(matchChoice(category, "ＭＪ")).toBe("CLOSE");
    expect(matchChoice(category, "")).toBeNull();
    expect(matchChoice(category, "zzz")).toBeNull();
  });

  it("matches site names by their initials", () => {
    const sites = indexChoices([
      { value: "a", labels: ["马尔康市第一隔离点"] },
      { value: "b", labels: ["汶川县集中隔离酒店"] },
    ]);
    expect(matchChoice(sites, "wc")).toBe("b");
    expect(matchChoice(sites, "me")).toBe("a");
  });
});

describe("TypeBuffer", () => {
  it("adds up letters typed in quick succession and starts over after a pause", () => {
    const buffer = new TypeBuffer(1000);
    expect(buffer.type(category, "c", 0)).toBe("CLOSE"); // English "Close contact" comes first
    expect(buffer.type(category, "m", 100)).toBe("SECONDARY");
    expect(buffer.type(category, "j", 200)).toBe("SECONDARY");
    expect(buffer.type(category, "y", 5000)).toBe("GENERAL");
  });

  it("starts over with the new letter when the longer text matches nothing", () => {
    const buffer = new TypeBuffer(1000);
    expect(buffer.type(sex, "n", 0)).toBe("MALE");
    expect(buffer.type(sex, "v", 10)).toBe("FEMALE"); // "nv"
    expect(buffer.type(sex, "m", 20)).toBe("MALE"); // "nvm" matches nothing: "m"
  });
});
