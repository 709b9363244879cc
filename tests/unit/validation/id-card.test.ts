import { describe, expect, it } from "vitest";
import { idCardCheckChar, idCardSchema, validateIdCard } from "@/lib/validation/id-card";

// Check characters below were computed by hand / an independent script with weights
// 7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2 and map "10X98765432"; e.g. for 11010519800101001:
// 7+9+0+5+0+20+2+9+48+0+0+9+0+5+0+0+2 = 116, 116 mod 11 = 6 -> "6".
describe("validateIdCard", () => {
  it.each([
    ["11010519491231002X", "1949-12-31", "FEMALE"],
    ["110105198001010016", "1980-01-01", "MALE"],
    ["440304200002291236", "2000-02-29", "MALE"],
    ["513201202402290043", "2024-02-29", "FEMALE"],
    ["513221199912310025", "1999-12-31", "FEMALE"],
    ["320106197006155557", "1970-06-15", "MALE"],
  ])("accepts %s (born %s, %s)", (id, birthDate, sex) => {
    expect(validateIdCard(id)).toEqual({ ok: true, idNumber: id, birthDate, sex });
  });

  it("accepts a lowercase x and normalizes it", () => {
    expect(validateIdCard("11010519491231002x")).toEqual({
      ok: true,
      idNumber: "11010519491231002X",
      birthDate: "1949-12-31",
      sex: "FEMALE",
    });
  });

  it.each([
    "110105194912310021",
    "110105194912310020",
    "110105198001010017",
    "11010519800101001X",
    "440304200002291230",
    // Two adjacent digits swapped: the classic typo the check digit exists to catch.
    "101105198001010016",
  ])("rejects a wrong check digit: %s", (id) => {
    expect(validateIdCard(id)).toEqual({ ok: false, reason: "CHECK_DIGIT" });
  });

  it.each([
    ["513201190002290014", "29 Feb 1900 (not a leap year)"],
    ["513201202302290011", "29 Feb 2023"],
    ["513201202313010011", "month 13"],
    ["513201184910010013", "before 1850"],
  ])("rejects an impossible birth date with a correct check digit: %s (%s)", (id) => {
    expect(idCardCheckChar(id.slice(0, 17))).toBe(id[17]);
    expect(validateIdCard(id)).toEqual({ ok: false, reason: "BIRTH_DATE" });
  });

  it("rejects a birth date after the caller's today, only when today is given", () => {
    expect(validateIdCard("513201202402290043", { today: "2024-02-28" })).toEqual({ ok: false, reason: "BIRTH_DATE" });
    expect(validateIdCard("513201202402290043", { today: "2024-02-29" })).toMatchObject({ ok: true });
    expect(() => validateIdCard("513201202402290043", { today: "2024-2-29" })).toThrow(RangeError);
  });

  it.each([
    "",
    "11010519491231002",
    "11010519491231002XX",
    "11010519491231X02X",
    "X10105194912310021",
    "11010519491231002Y",
    " 11010519491231002X",
    "11010519491231002X ",
    "110105 9491231002X",
    "１10105194912310021",
    "110105491231002", // 15-digit first-generation number
    null,
    undefined,
    11010519800101001,
  ])("rejects %j as FORMAT", (id) => {
    expect(validateIdCard(id)).toEqual({ ok: false, reason: "FORMAT" });
  });
});

describe("idCardSchema", () => {
  it("parses to the normalized number", () => {
    expect(idCardSchema.parse("11010519491231002x")).toBe("11010519491231002X");
  });

  it("reports an i18n key per failure", () => {
    const messageOf = (value: unknown) => idCardSchema.safeParse(value).error?.issues[0]?.message;
    expect(messageOf("123")).toBe("idCard.format");
    expect(messageOf(42)).toBe("idCard.format");
    expect(messageOf("110105198001010017")).toBe("idCard.checkDigit");
    expect(messageOf("513201202302290011")).toBe("idCard.birthDate");
  });
});
