import { describe, expect, it } from "vitest";
import { planIsolation, type IsolationPlan } from "@/lib/isolation/plan";
import { CI, HM, phase, sample } from "./helpers";

// Last exposure 2026-01-10, so day N is 2026-01-(10+N): day 1 = 01-11, day 14 = 01-24,
// day 15 = 01-25, day 16 = 01-26, day 21 = 01-31, day 22 = 02-01.
const LAST_EXPOSURE = "2026-01-10";

const cases: Array<[string, string, IsolationPlan]> = [
  [
    "day 0: first phase starts on the exposure day, intake test on day 0 and the day-1 test",
    "2026-01-10",
    {
      category: "CLOSE",
      phases: [phase(CI, "2026-01-10", "2026-01-24"), phase(HM, "2026-01-25", "2026-01-31")],
      tests: [
        sample("2026-01-10", CI),
        sample("2026-01-11", CI),
        sample("2026-01-14", CI),
        sample("2026-01-17", CI),
        sample("2026-01-24", CI, true),
        sample("2026-01-26", HM),
        sample("2026-01-31", HM),
      ],
      releaseDate: "2026-01-31",
    },
  ],
  [
    "day 1: the table as is",
    "2026-01-11",
    {
      category: "CLOSE",
      phases: [phase(CI, "2026-01-11", "2026-01-24"), phase(HM, "2026-01-25", "2026-01-31")],
      tests: [
        sample("2026-01-11", CI),
        sample("2026-01-14", CI),
        sample("2026-01-17", CI),
        sample("2026-01-24", CI, true),
        sample("2026-01-26", HM),
        sample("2026-01-31", HM),
      ],
      releaseDate: "2026-01-31",
    },
  ],
  [
    "day 5: days 1 and 4 dropped, intake test on day 5",
    "2026-01-15",
    {
      category: "CLOSE",
      phases: [phase(CI, "2026-01-15", "2026-01-24"), phase(HM, "2026-01-25", "2026-01-31")],
      tests: [
        sample("2026-01-15", CI),
        sample("2026-01-17", CI),
        sample("2026-01-24", CI, true),
        sample("2026-01-26", HM),
        sample("2026-01-31", HM),
      ],
      releaseDate: "2026-01-31",
    },
  ],
  [
    "day 7: the day-7 test doubles as intake",
    "2026-01-17",
    {
      category: "CLOSE",
      phases: [phase(CI, "2026-01-17", "2026-01-24"), phase(HM, "2026-01-25", "2026-01-31")],
      tests: [sample("2026-01-17", CI), sample("2026-01-24", CI, true), sample("2026-01-26", HM), sample("2026-01-31", HM)],
      releaseDate: "2026-01-31",
    },
  ],
  [
    "day 14: one day of centralized isolation, the double sample is the intake",
    "2026-01-24",
    {
      category: "CLOSE",
      phases: [phase(CI, "2026-01-24", "2026-01-24"), phase(HM, "2026-01-25", "2026-01-31")],
      tests: [sample("2026-01-24", CI, true), sample("2026-01-26", HM), sample("2026-01-31", HM)],
      releaseDate: "2026-01-31",
    },
  ],
  [
    "day 15: centralized isolation is over and dropped, intake in home monitoring",
    "2026-01-25",
    {
      category: "CLOSE",
      phases: [phase(HM, "2026-01-25", "2026-01-31")],
      tests: [sample("2026-01-25", HM), sample("2026-01-26", HM), sample("2026-01-31", HM)],
      releaseDate: "2026-01-31",
    },
  ],
  [
    "day 21: release day, its test is the intake",
    "2026-01-31",
    {
      category: "CLOSE",
      phases: [phase(HM, "2026-01-31", "2026-01-31")],
      tests: [sample("2026-01-31", HM)],
      releaseDate: "2026-01-31",
    },
  ],
  [
    "day 22: after release, no phases and one intake test",
    "2026-02-01",
    { category: "CLOSE", phases: [], tests: [sample("2026-02-01", HM)], releaseDate: "2026-01-31" },
  ],
];

describe("planIsolation — CLOSE (14+7)", () => {
  it.each(cases)("%s", (_label, identifiedDate, expected) => {
    expect(planIsolation({ category: "CLOSE", lastExposureDate: LAST_EXPOSURE, identifiedDate })).toEqual(expected);
  });

  it("identified on day 16 keeps the day-16 test as intake (year crossing)", () => {
    // 2025-12-20 + 15 = 2026-01-04, + 16 = 01-05, + 21 = 01-10.
    expect(planIsolation({ category: "CLOSE", lastExposureDate: "2025-12-20", identifiedDate: "2026-01-05" })).toEqual({
      category: "CLOSE",
      phases: [phase(HM, "2026-01-05", "2026-01-10")],
      tests: [sample("2026-01-05", HM), sample("2026-01-10", HM)],
      releaseDate: "2026-01-10",
    });
  });

  it("identified long after release still gets exactly one test", () => {
    expect(planIsolation({ category: "CLOSE", lastExposureDate: LAST_EXPOSURE, identifiedDate: "2026-06-30" })).toEqual({
      category: "CLOSE",
      phases: [],
      tests: [sample("2026-06-30", HM)],
      releaseDate: "2026-01-31",
    });
  });
});
