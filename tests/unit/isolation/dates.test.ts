import { describe, expect, it } from "vitest";
import {
  addDays,
  compareDates,
  diffDays,
  fromEpochDay,
  isValidIsoDate,
  maxDate,
  minDate,
  parseIsoDate,
  todayInTimeZone,
  toEpochDay,
} from "@/lib/isolation/dates";

describe("parseIsoDate / isValidIsoDate", () => {
  it.each([
    ["2026-01-05", { year: 2026, month: 1, day: 5 }],
    ["2024-02-29", { year: 2024, month: 2, day: 29 }],
    ["2000-02-29", { year: 2000, month: 2, day: 29 }],
    ["2026-12-31", { year: 2026, month: 12, day: 31 }],
    ["0001-01-01", { year: 1, month: 1, day: 1 }],
    ["0099-03-01", { year: 99, month: 3, day: 1 }],
    ["9999-12-31", { year: 9999, month: 12, day: 31 }],
  ])("accepts %s", (text, parts) => {
    expect(parseIsoDate(text)).toEqual(parts);
    expect(isValidIsoDate(text)).toBe(true);
  });

  it.each([
    "2026-02-30",
    "2026-02-29",
    "1900-02-29",
    "2100-02-29",
    "2026-04-31",
    "2026-06-31",
    "2026-13-01",
    "2026-00-01",
    "2026-01-00",
    "2026-1-05",
    "2026-01-5",
    "202-01-05",
    "12026-01-05",
    "2026-01-05 ",
    "2026-01-05T00:00",
    "0000-01-01",
    "",
    null,
    undefined,
    1767571200000,
  ])("rejects %j", (value) => {
    expect(parseIsoDate(value)).toBeNull();
    expect(isValidIsoDate(value)).toBe(false);
  });
});

describe("arithmetic", () => {
  it.each([
    ["2026-01-31", 1, "2026-02-01"],
    ["2026-02-28", 1, "2026-03-01"],
    ["2024-02-28", 1, "2024-02-29"],
    ["2024-02-29", 1, "2024-03-01"],
    ["2100-02-28", 1, "2100-03-01"],
    ["2000-02-28", 1, "2000-02-29"],
    ["2025-12-31", 1, "2026-01-01"],
    ["2026-01-01", -1, "2025-12-31"],
    ["2026-03-07", 1, "2026-03-08"],
    ["2026-03-08", 1, "2026-03-09"],
    ["2026-10-25", 1, "2026-10-26"],
    ["2026-01-10", 0, "2026-01-10"],
    ["2024-01-01", 366, "2025-01-01"],
    ["1969-12-31", 1, "1970-01-01"],
    ["0099-12-31", 1, "0100-01-01"],
  ])("addDays(%s, %i) = %s", (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
  });

  it("diffDays is later minus earlier", () => {
    expect(diffDays("2026-01-03", "2026-01-01")).toBe(2);
    expect(diffDays("2026-01-01", "2026-01-03")).toBe(-2);
    expect(diffDays("2024-03-01", "2024-02-28")).toBe(2);
    expect(diffDays("2026-03-01", "2026-02-28")).toBe(1);
    expect(diffDays("2027-01-01", "2026-01-01")).toBe(365);
    expect(diffDays("2026-11-02", "2026-10-31")).toBe(2);
  });

  it("epoch days round-trip", () => {
    expect(toEpochDay("1970-01-01")).toBe(0);
    expect(toEpochDay("1969-12-31")).toBe(-1);
    expect(fromEpochDay(toEpochDay("2028-02-29"))).toBe("2028-02-29");
  });

  it("compare, max and min", () => {
    expect(compareDates("2026-01-01", "2026-01-02")).toBe(-1);
    expect(compareDates("2026-01-02", "2026-01-02")).toBe(0);
    expect(compareDates("2026-01-10", "2026-01-02")).toBe(1);
    expect(["2026-03-01", "2025-12-31", "2026-02-28"].sort(compareDates)).toEqual([
      "2025-12-31",
      "2026-02-28",
      "2026-03-01",
    ]);
    expect(maxDate("2026-01-01", "2026-03-01", "2026-02-01")).toBe("2026-03-01");
    expect(minDate("2026-01-01", "2026-03-01", "2025-12-31")).toBe("2025-12-31");
    expect(maxDate("2026-01-01")).toBe("2026-01-01");
  });

  it("throws RangeError on invalid input instead of producing a wrong date", () => {
    expect(() => addDays("2026-02-30", 1)).toThrow(RangeError);
    expect(() => addDays("2026-01-01", 1.5)).toThrow(RangeError);
    expect(() => addDays("9999-12-31", 1)).toThrow(RangeError);
    expect(() => addDays("0001-01-01", -1)).toThrow(RangeError);
    expect(() => diffDays("2026-01-01", "2026-1-1")).toThrow(RangeError);
    expect(() => compareDates("x", "2026-01-01")).toThrow(RangeError);
    expect(() => maxDate("2026-02-30")).toThrow(RangeError);
    expect(() => fromEpochDay(0.5)).toThrow(RangeError);
  });
});

describe("todayInTimeZone", () => {
  // 16:30 UTC is 00:30 the next day in Shanghai (UTC+8, no DST).
  const instant = new Date("2024-02-28T16:30:00Z");

  it("has no default zone: the caller names it (lib/env.ts prefectureTimeZone)", () => {
    expect(todayInTimeZone(instant, "Asia/Shanghai")).toBe("2024-02-29");
  });

  it.each([
    ["UTC", "2024-02-28"],
    ["Asia/Shanghai", "2024-02-29"],
    ["America/New_York", "2024-02-28"],
    ["Pacific/Kiritimati", "2024-02-29"],
    ["Pacific/Pago_Pago", "2024-02-28"],
  ])("in %s", (zone, expected) => {
    expect(todayInTimeZone(instant, zone)).toBe(expected);
  });

  it("flips exactly at Shanghai midnight", () => {
    expect(todayInTimeZone(new Date("2025-12-31T15:59:59.999Z"), "Asia/Shanghai")).toBe("2025-12-31");
    expect(todayInTimeZone(new Date("2025-12-31T16:00:00.000Z"), "Asia/Shanghai")).toBe("2026-01-01");
  });

  it("rejects an invalid instant or zone", () => {
    expect(() => todayInTimeZone(new Date("nope"), "Asia/Shanghai")).toThrow(RangeError);
    expect(() => todayInTimeZone(instant, "Mars/Olympus_Mons")).toThrow(RangeError);
  });
});
