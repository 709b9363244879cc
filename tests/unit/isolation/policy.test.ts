import { describe, expect, it } from "vitest";
import { DEFAULT_POLICY, isolationPolicySchema, releaseDayOf, type IsolationPolicy } from "@/lib/isolation/policy";
import { planIsolation } from "@/lib/isolation/plan";
import { CI, HI, HM, MO, phase, sample } from "./helpers";

describe("DEFAULT_POLICY", () => {
  it("is the table of docs/domain.md (The isolation rules)", () => {
    expect(DEFAULT_POLICY.version).toBe("default-1");
    expect(DEFAULT_POLICY.categories).toEqual({
      CLOSE: {
        phases: [
          { kind: "CENTRALIZED_ISOLATION", startDay: 1, endDay: 14 },
          { kind: "HOME_HEALTH_MONITORING", startDay: 15, endDay: 21 },
        ],
        testDays: [1, 4, 7, 14, 16, 21],
        doubleSampleDays: [14],
      },
      SECONDARY: {
        phases: [{ kind: "HOME_ISOLATION", startDay: 1, endDay: 14 }],
        testDays: [1, 4, 7, 14],
        doubleSampleDays: [14],
      },
      GENERAL: {
        phases: [{ kind: "MEDICAL_OBSERVATION", startDay: 1, endDay: 14 }],
        testDays: [1, 14],
        doubleSampleDays: [],
      },
    });
    expect(releaseDayOf(DEFAULT_POLICY.categories.CLOSE)).toBe(21);
    expect(releaseDayOf(DEFAULT_POLICY.categories.SECONDARY)).toBe(14);
    expect(releaseDayOf(DEFAULT_POLICY.categories.GENERAL)).toBe(14);
  });

  it("is deeply frozen, so no service can change everyone's plans by accident", () => {
    expect(Object.isFrozen(DEFAULT_POLICY)).toBe(true);
    expect(Object.isFrozen(DEFAULT_POLICY.categories.CLOSE.phases[0])).toBe(true);
    expect(Object.isFrozen(DEFAULT_POLICY.categories.CLOSE.testDays)).toBe(true);
  });

  it("survives a JSON round trip through the schema (as stored in the database)", () => {
    const stored: unknown = JSON.parse(JSON.stringify(DEFAULT_POLICY));
    expect(isolationPolicySchema.parse(stored)).toEqual(DEFAULT_POLICY);
  });

  it("passing it explicitly gives the same plan as omitting it", () => {
    const input = { category: "CLOSE", lastExposureDate: "2026-01-10", identifiedDate: "2026-01-15" } as const;
    expect(planIsolation({ ...input, policy: DEFAULT_POLICY })).toEqual(planIsolation(input));
  });
});

// A hypothetical "7+3" protocol, different enough from the default to show nothing is hard-coded.
const SHORT_POLICY: IsolationPolicy = {
  version: "custom-7+3",
  categories: {
    CLOSE: {
      phases: [
        { kind: "CENTRALIZED_ISOLATION", startDay: 1, endDay: 7 },
        { kind: "HOME_HEALTH_MONITORING", startDay: 8, endDay: 10 },
      ],
      testDays: [1, 2, 3, 5, 7, 10],
      doubleSampleDays: [7, 10],
    },
    SECONDARY: {
      phases: [{ kind: "HOME_ISOLATION", startDay: 1, endDay: 7 }],
      testDays: [1, 7],
      doubleSampleDays: [],
    },
    GENERAL: {
      phases: [{ kind: "MEDICAL_OBSERVATION", startDay: 1, endDay: 5 }],
      testDays: [3],
      doubleSampleDays: [],
    },
  },
};

describe("planIsolation with a custom policy", () => {
  it("accepts the custom policy in the schema", () => {
    expect(isolationPolicySchema.safeParse(SHORT_POLICY).success).toBe(true);
  });

  it("CLOSE identified on day 1 follows the custom phases and double samples", () => {
    expect(
      planIsolation({ category: "CLOSE", lastExposureDate: "2026-03-30", identifiedDate: "2026-03-31", policy: SHORT_POLICY }),
    ).toEqual({
      category: "CLOSE",
      phases: [phase(CI, "2026-03-31", "2026-04-06"), phase(HM, "2026-04-07", "2026-04-09")],
      tests: [
        sample("2026-03-31", CI),
        sample("2026-04-01", CI),
        sample("2026-04-02", CI),
        sample("2026-04-04", CI),
        sample("2026-04-06", CI, true),
        sample("2026-04-09", HM, true),
      ],
      releaseDate: "2026-04-09",
    });
  });

  it("GENERAL without a day-1 test gets an intake test on day 1", () => {
    expect(
      planIsolation({ category: "GENERAL", lastExposureDate: "2026-03-30", identifiedDate: "2026-03-31", policy: SHORT_POLICY }),
    ).toEqual({
      category: "GENERAL",
      phases: [phase(MO, "2026-03-31", "2026-04-04")],
      tests: [sample("2026-03-31", MO), sample("2026-04-02", MO)],
      releaseDate: "2026-04-04",
    });
  });

  it("GENERAL identified on its release day with no test scheduled then gets an intake test", () => {
    expect(
      planIsolation({ category: "GENERAL", lastExposureDate: "2026-03-30", identifiedDate: "2026-04-04", policy: SHORT_POLICY }),
    ).toEqual({
      category: "GENERAL",
      phases: [phase(MO, "2026-04-04", "2026-04-04")],
      tests: [sample("2026-04-04", MO)],
      releaseDate: "2026-04-04",
    });
  });

  it("SECONDARY identified after the custom release day", () => {
    expect(
      planIsolation({ category: "SECONDARY", lastExposureDate: "2026-03-30", identifiedDate: "2026-04-07", policy: SHORT_POLICY }),
    ).toEqual({ category: "SECONDARY", phases: [], tests: [sample("2026-04-07", HI)], releaseDate: "2026-04-06" });
  });

  it("a policy with no test days at all still gets the intake test", () => {
    const noTests: IsolationPolicy = {
      ...SHORT_POLICY,
      categories: { ...SHORT_POLICY.categories, GENERAL: { ...SHORT_POLICY.categories.GENERAL, testDays: [] } },
    };
    expect(
      planIsolation({ category: "GENERAL", lastExposureDate: "2026-03-30", identifiedDate: "2026-04-01", policy: noTests }),
    ).toEqual({
      category: "GENERAL",
      phases: [phase(MO, "2026-04-01", "2026-04-04")],
      tests: [sample("2026-04-01", MO)],
      releaseDate: "2026-04-04",
    });
  });
});
