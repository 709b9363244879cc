import { describe, expect, it } from "vitest";
import { extendPhase, phaseOn, planIsolation, PlanInputError } from "@/lib/isolation/plan";
import { CI, HI, HM, phase, sample } from "./helpers";

// CLOSE, last exposure 2026-01-10, identified on day 1.
const base = () => planIsolation({ category: "CLOSE", lastExposureDate: "2026-01-10", identifiedDate: "2026-01-11" });

function codeOf(fn: () => unknown): { code: string; field: string } {
  try {
    fn();
  } catch (error) {
    if (error instanceof PlanInputError) return { code: error.code, field: error.field };
    throw error;
  }
  throw new Error("did not throw");
}

describe("phaseOn", () => {
  it.each([
    ["2026-01-10", null],
    ["2026-01-11", CI],
    ["2026-01-24", CI],
    ["2026-01-25", HM],
    ["2026-01-31", HM],
    ["2026-02-01", null],
  ])("on %s is %s", (date, expected) => {
    expect(phaseOn(base(), date)).toBe(expected);
  });

  it("is null on every day of a plan identified after release", () => {
    const late = planIsolation({ category: "CLOSE", lastExposureDate: "2026-01-10", identifiedDate: "2026-02-01" });
    expect(phaseOn(late, "2026-01-20")).toBeNull();
    expect(phaseOn(late, "2026-02-01")).toBeNull();
  });

  it("rejects an invalid date", () => {
    expect(codeOf(() => phaseOn(base(), "2026-01-32"))).toEqual({ code: "INVALID_DATE", field: "date" });
  });
});

describe("extendPhase", () => {
  it("extending centralized isolation moves home monitoring and its tests by the same 3 days", () => {
    expect(extendPhase(base(), CI, "2026-01-27")).toEqual({
      category: "CLOSE",
      phases: [phase(CI, "2026-01-11", "2026-01-27"), phase(HM, "2026-01-28", "2026-02-03")],
      tests: [
        sample("2026-01-11", CI),
        sample("2026-01-14", CI),
        sample("2026-01-17", CI),
        sample("2026-01-24", CI, true),
        sample("2026-01-29", HM),
        sample("2026-02-03", HM),
      ],
      releaseDate: "2026-02-03",
    });
  });

  it("extending the last phase only moves the release date", () => {
    expect(extendPhase(base(), HM, "2026-02-05")).toEqual({
      category: "CLOSE",
      phases: [phase(CI, "2026-01-11", "2026-01-24"), phase(HM, "2026-01-25", "2026-02-05")],
      tests: [
        sample("2026-01-11", CI),
        sample("2026-01-14", CI),
        sample("2026-01-17", CI),
        sample("2026-01-24", CI, true),
        sample("2026-01-26", HM),
        sample("2026-01-31", HM),
      ],
      releaseDate: "2026-02-05",
    });
  });

  it("extensions chain", () => {
    const twice = extendPhase(extendPhase(base(), CI, "2026-01-27"), HM, "2026-02-05");
    expect(twice.phases).toEqual([phase(CI, "2026-01-11", "2026-01-27"), phase(HM, "2026-01-28", "2026-02-05")]);
    expect(twice.releaseDate).toBe("2026-02-05");
  });

  it("extends a secondary contact's home isolation into the next month, across 29 February", () => {
    const plan = planIsolation({ category: "SECONDARY", lastExposureDate: "2024-02-10", identifiedDate: "2024-02-11" });
    expect(extendPhase(plan, HI, "2024-03-01")).toEqual({
      category: "SECONDARY",
      phases: [phase(HI, "2024-02-11", "2024-03-01")],
      tests: [
        sample("2024-02-11", HI),
        sample("2024-02-14", HI),
        sample("2024-02-17", HI),
        sample("2024-02-24", HI, true),
      ],
      releaseDate: "2024-03-01",
    });
  });

  it("does not modify the plan it is given", () => {
    const plan = base();
    const copy = structuredClone(plan);
    extendPhase(plan, CI, "2026-01-27");
    expect(plan).toEqual(copy);
  });

  it("refuses to shorten, or to 'extend' to the same end date", () => {
    expect(codeOf(() => extendPhase(base(), CI, "2026-01-20"))).toEqual({
      code: "SHORTENING_NOT_ALLOWED",
      field: "newEndDate",
    });
    expect(codeOf(() => extendPhase(base(), CI, "2026-01-24"))).toEqual({
      code: "SHORTENING_NOT_ALLOWED",
      field: "newEndDate",
    });
    expect(codeOf(() => extendPhase(base(), HM, "2025-12-31"))).toEqual({
      code: "SHORTENING_NOT_ALLOWED",
      field: "newEndDate",
    });
  });

  it("refuses a phase the plan does not have", () => {
    expect(codeOf(() => extendPhase(base(), HI, "2026-02-20"))).toEqual({ code: "PHASE_NOT_IN_PLAN", field: "phase" });
    const late = planIsolation({ category: "CLOSE", lastExposureDate: "2026-01-10", identifiedDate: "2026-01-26" });
    expect(codeOf(() => extendPhase(late, CI, "2026-02-20"))).toEqual({ code: "PHASE_NOT_IN_PLAN", field: "phase" });
  });

  it("refuses an invalid end date", () => {
    expect(codeOf(() => extendPhase(base(), CI, "2026-02-30"))).toEqual({ code: "INVALID_DATE", field: "newEndDate" });
  });
});
