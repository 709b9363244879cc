import { describe, expect, it } from "vitest";
import { isSymptomatic, missedCheckDays, needsPlacement, releaseOverdueDays, siteLoad, symptomaticAlert, testAfter } from "@/lib/isolation/alerts";

const at = (iso: string) => new Date(iso);
const check = (date: string, temperature: number, symptoms: string[] = [], time = "08:00") => ({ date, temperature, symptoms, recordedAt: at(`${date}T${time}:00+08:00`) });

describe("isSymptomatic", () => {
  it("counts 37.3 ℃ as fever and 37.2 ℃ not", () => {
    expect(isSymptomatic({ temperature: 37.2, symptoms: [] })).toBe(false);
    expect(isSymptomatic({ temperature: 37.3, symptoms: [] })).toBe(true);
    expect(isSymptomatic({ temperature: 37.29999, symptoms: [] })).toBe(true); // kept to one decimal: 37.3
    expect(isSymptomatic({ temperature: 38.2, symptoms: [] })).toBe(true);
  });
  it("counts any listed symptom, not blank ones", () => {
    expect(isSymptomatic({ temperature: 36.5, symptoms: ["咳嗽"] })).toBe(true);
    expect(isSymptomatic({ temperature: 36.5, symptoms: [" "] })).toBe(false);
  });
});

describe("symptomaticAlert", () => {
  it("raises on the latest symptomatic check up to today", () => {
    const checks = [check("2026-03-05", 36.6), check("2026-03-06", 37.3)];
    expect(symptomaticAlert(checks, [], "2026-03-06")?.date).toBe("2026-03-06");
    expect(symptomaticAlert(checks, [], "2026-03-05")).toBeNull(); // the fever is after the day asked
  });
  it("stays until a test is recorded after the check", () => {
    const checks = [check("2026-03-06", 38.2, [], "18:00")];
    const before = { sampleDate: "2026-03-06", recordedAt: at("2026-03-06T09:00:00+08:00") };
    const after = { sampleDate: "2026-03-06", recordedAt: at("2026-03-06T19:00:00+08:00") };
    const nextDay = { sampleDate: "2026-03-07", recordedAt: at("2026-03-06T17:00:00+08:00") };
    const earlierDay = { sampleDate: "2026-03-05", recordedAt: at("2026-03-06T20:00:00+08:00") };
    expect(symptomaticAlert(checks, [before], "2026-03-07")).not.toBeNull();
    expect(symptomaticAlert(checks, [earlierDay], "2026-03-07")).not.toBeNull();
    expect(symptomaticAlert(checks, [after], "2026-03-07")).toBeNull();
    expect(symptomaticAlert(checks, [nextDay], "2026-03-07")).toBeNull();
    expect(testAfter(checks[0]!, before)).toBe(false);
  });
  it("is null without symptomatic checks", () => {
    expect(symptomaticAlert([check("2026-03-06", 37.2)], [], "2026-03-06")).toBeNull();
  });
});

describe("needsPlacement", () => {
  it("is a close contact in centralized isolation without a site", () => {
    expect(needsPlacement({ category: "CLOSE", phase: "CENTRALIZED_ISOLATION", siteId: null })).toBe(true);
    expect(needsPlacement({ category: "CLOSE", phase: "CENTRALIZED_ISOLATION", siteId: "s" })).toBe(false);
    expect(needsPlacement({ category: "CLOSE", phase: "HOME_HEALTH_MONITORING", siteId: null })).toBe(false);
    expect(needsPlacement({ category: "SECONDARY", phase: "HOME_ISOLATION", siteId: null })).toBe(false);
    expect(needsPlacement({ category: "CLOSE", phase: null, siteId: null })).toBe(false);
  });
});

describe("releaseOverdueDays", () => {
  it("is 0 on the release day and counts the days after it", () => {
    expect(releaseOverdueDays("2026-03-15", "2026-03-14")).toBe(0);
    expect(releaseOverdueDays("2026-03-15", "2026-03-15")).toBe(0);
    expect(releaseOverdueDays("2026-03-15", "2026-03-16")).toBe(1);
    expect(releaseOverdueDays("2026-11-24", "2026-11-30")).toBe(6);
  });
});

describe("missedCheckDays", () => {
  it("needs both yesterday and the day before without a check", () => {
    expect(missedCheckDays([], "2026-03-01", "2026-03-10")).toBe(true);
    expect(missedCheckDays(["2026-03-08"], "2026-03-01", "2026-03-10")).toBe(false); // 03-08 is the day before yesterday: not two missed
    expect(missedCheckDays(["2026-03-09"], "2026-03-01", "2026-03-10")).toBe(false);
    expect(missedCheckDays(["2026-03-07"], "2026-03-01", "2026-03-10")).toBe(true);
    expect(missedCheckDays(["2026-03-10"], "2026-03-01", "2026-03-10")).toBe(true); // today's check does not fill the two days before
  });
  it("does not count days before monitoring began", () => {
    expect(missedCheckDays([], "2026-03-08", "2026-03-10")).toBe(true);
    expect(missedCheckDays([], "2026-03-09", "2026-03-10")).toBe(false);
  });
});

describe("siteLoad", () => {
  it("is near full from 90 % and over above capacity", () => {
    expect(siteLoad(8, 10)).toBeNull();
    expect(siteLoad(9, 10)).toBe("NEAR_FULL");
    expect(siteLoad(10, 10)).toBe("NEAR_FULL");
    expect(siteLoad(11, 10)).toBe("OVER");
    expect(siteLoad(35, 40)).toBeNull(); // 87.5 %
    expect(siteLoad(36, 40)).toBe("NEAR_FULL");
    expect(siteLoad(0, 0)).toBeNull();
    expect(siteLoad(1, 0)).toBe("OVER");
  });
});
