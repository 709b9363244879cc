import { describe, expect, it } from "vitest";
import { planIsolation, type IsolationPlan } from "@/lib/isolation/plan";
import { HI, MO, phase, sample } from "./helpers";

// Last exposure 2026-01-10: day 1 = 01-11, day 4 = 01-14, day 7 = 01-17, day 14 = 01-24,
// day 15 = 01-25, day 21 = 01-31, day 22 = 02-01.
const LAST_EXPOSURE = "2026-01-10";

const secondary: Array<[string, string, IsolationPlan]> = [
  [
    "day 0",
    "2026-01-10",
    {
      category: "SECONDARY",
      phases: [phase(HI, "2026-01-10", "2026-01-24")],
      tests: [
        sample("2026-01-10", HI),
        sample("2026-01-11", HI),
        sample("2026-01-14", HI),
        sample("2026-01-17", HI),
        sample("2026-01-24", HI, true),
      ],
      releaseDate: "2026-01-24",
    },
  ],
  [
    "day 1",
    "2026-01-11",
    {
      category: "SECONDARY",
      phases: [phase(HI, "2026-01-11", "2026-01-24")],
      tests: [sample("2026-01-11", HI), sample("2026-01-14", HI), sample("2026-01-17", HI), sample("2026-01-24", HI, true)],
      releaseDate: "2026-01-24",
    },
  ],
  [
    "day 5",
    "2026-01-15",
    {
      category: "SECONDARY",
      phases: [phase(HI, "2026-01-15", "2026-01-24")],
      tests: [sample("2026-01-15", HI), sample("2026-01-17", HI), sample("2026-01-24", HI, true)],
      releaseDate: "2026-01-24",
    },
  ],
  [
    "day 7",
    "2026-01-17",
    {
      category: "SECONDARY",
      phases: [phase(HI, "2026-01-17", "2026-01-24")],
      tests: [sample("2026-01-17", HI), sample("2026-01-24", HI, true)],
      releaseDate: "2026-01-24",
    },
  ],
  [
    "day 14 (release day)",
    "2026-01-24",
    {
      category: "SECONDARY",
      phases: [phase(HI, "2026-01-24", "2026-01-24")],
      tests: [sample("2026-01-24", HI, true)],
      releaseDate: "2026-01-24",
    },
  ],
  [
    "day 15 (after release)",
    "2026-01-25",
    { category: "SECONDARY", phases: [], tests: [sample("2026-01-25", HI)], releaseDate: "2026-01-24" },
  ],
  [
    "day 21",
    "2026-01-31",
    { category: "SECONDARY", phases: [], tests: [sample("2026-01-31", HI)], releaseDate: "2026-01-24" },
  ],
  [
    "day 22",
    "2026-02-01",
    { category: "SECONDARY", phases: [], tests: [sample("2026-02-01", HI)], releaseDate: "2026-01-24" },
  ],
];

const general: Array<[string, string, IsolationPlan]> = [
  [
    "day 0",
    "2026-01-10",
    {
      category: "GENERAL",
      phases: [phase(MO, "2026-01-10", "2026-01-24")],
      tests: [sample("2026-01-10", MO), sample("2026-01-11", MO), sample("2026-01-24", MO)],
      releaseDate: "2026-01-24",
    },
  ],
  [
    "day 1",
    "2026-01-11",
    {
      category: "GENERAL",
      phases: [phase(MO, "2026-01-11", "2026-01-24")],
      tests: [sample("2026-01-11", MO), sample("2026-01-24", MO)],
      releaseDate: "2026-01-24",
    },
  ],
  [
    "day 5",
    "2026-01-15",
    {
      category: "GENERAL",
      phases: [phase(MO, "2026-01-15", "2026-01-24")],
      tests: [sample("2026-01-15", MO), sample("2026-01-24", MO)],
      releaseDate: "2026-01-24",
    },
  ],
  [
    "day 7",
    "2026-01-17",
    {
      category: "GENERAL",
      phases: [phase(MO, "2026-01-17", "2026-01-24")],
      tests: [sample("2026-01-17", MO), sample("2026-01-24", MO)],
      releaseDate: "2026-01-24",
    },
  ],
  [
    "day 14 (release day, single sample)",
    "2026-01-24",
    {
      category: "GENERAL",
      phases: [phase(MO, "2026-01-24", "2026-01-24")],
      tests: [sample("2026-01-24", MO)],
      releaseDate: "2026-01-24",
    },
  ],
  [
    "day 15 (after release)",
    "2026-01-25",
    { category: "GENERAL", phases: [], tests: [sample("2026-01-25", MO)], releaseDate: "2026-01-24" },
  ],
  [
    "day 21",
    "2026-01-31",
    { category: "GENERAL", phases: [], tests: [sample("2026-01-31", MO)], releaseDate: "2026-01-24" },
  ],
  [
    "day 22",
    "2026-02-01",
    { category: "GENERAL", phases: [], tests: [sample("2026-02-01", MO)], releaseDate: "2026-01-24" },
  ],
];

describe("planIsolation — SECONDARY", () => {
  it.each(secondary)("identified on %s", (_label, identifiedDate, expected) => {
    expect(planIsolation({ category: "SECONDARY", lastExposureDate: LAST_EXPOSURE, identifiedDate })).toEqual(expected);
  });
});

describe("planIsolation — GENERAL", () => {
  it.each(general)("identified on %s", (_label, identifiedDate, expected) => {
    expect(planIsolation({ category: "GENERAL", lastExposureDate: LAST_EXPOSURE, identifiedDate })).toEqual(expected);
  });
});

describe("planIsolation — result shape", () => {
  it("returns fresh arrays each call, so a caller mutating one plan cannot affect another", () => {
    const input = { category: "GENERAL", lastExposureDate: LAST_EXPOSURE, identifiedDate: "2026-01-11" } as const;
    const a = planIsolation(input);
    a.phases.pop();
    a.tests.length = 0;
    expect(planIsolation(input).phases).toHaveLength(1);
    expect(planIsolation(input).tests).toHaveLength(2);
  });
});
