import { describe, expect, it } from "vitest";
import { DEFAULT_POLICY, planIsolation, PlanInputError, type PlanInput } from "@/lib/isolation/plan";

function errorOf(input: unknown): PlanInputError {
  try {
    planIsolation(input as PlanInput);
  } catch (error) {
    if (error instanceof PlanInputError) return error;
    throw error;
  }
  throw new Error("planIsolation did not throw");
}

const valid = { category: "CLOSE", lastExposureDate: "2026-01-10", identifiedDate: "2026-01-11" } as const;

describe("planIsolation — invalid input", () => {
  const badDates: unknown[] = [
    "2026-02-30",
    "2025-02-29",
    "2100-02-29",
    "2026-04-31",
    "2026-13-01",
    "2026-00-10",
    "2026-01-00",
    "2026-01-32",
    "2026-1-5",
    "2026-01-5",
    "26-01-05",
    "20260105",
    "2026/01/05",
    "2026-01-05T00:00:00Z",
    " 2026-01-05",
    "2026-01-05\n",
    "0000-01-01",
    "+02026-01-05",
    "２０２６-01-05",
    "",
    "not a date",
    null,
    undefined,
    20260105,
    new Date("2026-01-05"),
  ];

  it.each(badDates)("rejects lastExposureDate %j as INVALID_DATE", (bad) => {
    const error = errorOf({ ...valid, lastExposureDate: bad });
    expect(error.code).toBe("INVALID_DATE");
    expect(error.field).toBe("lastExposureDate");
  });

  it.each(badDates)("rejects identifiedDate %j as INVALID_DATE", (bad) => {
    const error = errorOf({ ...valid, identifiedDate: bad });
    expect(error.code).toBe("INVALID_DATE");
    expect(error.field).toBe("identifiedDate");
  });

  it("rejects identification before the last exposure, by one day and across a year", () => {
    for (const [lastExposureDate, identifiedDate] of [
      ["2026-01-10", "2026-01-09"],
      ["2026-01-01", "2025-12-31"],
    ]) {
      const error = errorOf({ ...valid, lastExposureDate, identifiedDate });
      expect(error.code).toBe("IDENTIFIED_BEFORE_EXPOSURE");
      expect(error.field).toBe("identifiedDate");
      expect(error).toBeInstanceOf(Error);
      expect(error.name).toBe("PlanInputError");
    }
  });

  it.each(["close", "CASE", "", "TOUCHED", null, undefined, 1, "toString", "__proto__"])(
    "rejects category %j as UNKNOWN_CATEGORY",
    (category) => {
      const error = errorOf({ ...valid, category });
      expect(error.code).toBe("UNKNOWN_CATEGORY");
      expect(error.field).toBe("category");
    },
  );

  const close = DEFAULT_POLICY.categories.CLOSE;
  const withClose = (patch: object) => ({
    ...DEFAULT_POLICY,
    categories: { ...DEFAULT_POLICY.categories, CLOSE: { ...close, ...patch } },
  });
  const badPolicies: Array<[string, unknown, string]> = [
    ["not an object", "14+7", "policy"],
    ["missing version", { categories: DEFAULT_POLICY.categories }, "policy.version"],
    ["empty version", { ...DEFAULT_POLICY, version: "" }, "policy.version"],
    ["version with spaces", { ...DEFAULT_POLICY, version: "v 1" }, "policy.version"],
    ["missing category", { version: "x", categories: { CLOSE: close, SECONDARY: close } }, "policy.categories.GENERAL"],
    ["no phases", withClose({ phases: [] }), "policy.categories.CLOSE.phases"],
    [
      "first phase not on day 1",
      withClose({ phases: [{ kind: "CENTRALIZED_ISOLATION", startDay: 2, endDay: 14 }], testDays: [14] }),
      "policy.categories.CLOSE.phases.0.startDay",
    ],
    [
      "gap between phases",
      withClose({
        phases: [
          { kind: "CENTRALIZED_ISOLATION", startDay: 1, endDay: 14 },
          { kind: "HOME_HEALTH_MONITORING", startDay: 16, endDay: 21 },
        ],
      }),
      "policy.categories.CLOSE.phases.1.startDay",
    ],
    [
      "overlapping phases",
      withClose({
        phases: [
          { kind: "CENTRALIZED_ISOLATION", startDay: 1, endDay: 14 },
          { kind: "HOME_HEALTH_MONITORING", startDay: 14, endDay: 21 },
        ],
      }),
      "policy.categories.CLOSE.phases.1.startDay",
    ],
    [
      "phase ending before it starts",
      withClose({ phases: [{ kind: "CENTRALIZED_ISOLATION", startDay: 1, endDay: 0 }], testDays: [] }),
      "policy.categories.CLOSE.phases.0.endDay",
    ],
    [
      "repeated phase kind",
      withClose({
        phases: [
          { kind: "CENTRALIZED_ISOLATION", startDay: 1, endDay: 7 },
          { kind: "CENTRALIZED_ISOLATION", startDay: 8, endDay: 21 },
        ],
      }),
      "policy.categories.CLOSE.phases.1.kind",
    ],
    [
      "unknown phase kind",
      withClose({ phases: [{ kind: "HOTEL", startDay: 1, endDay: 21 }] }),
      "policy.categories.CLOSE.phases.0.kind",
    ],
    ["fractional day", withClose({ testDays: [1, 4.5, 7] }), "policy.categories.CLOSE.testDays.1"],
    ["test on day 0", withClose({ testDays: [0, 4] }), "policy.categories.CLOSE.testDays.0"],
    ["test after release", withClose({ testDays: [1, 22] }), "policy.categories.CLOSE.testDays.1"],
    ["unsorted test days", withClose({ testDays: [4, 1] }), "policy.categories.CLOSE.testDays.1"],
    ["duplicate test day", withClose({ testDays: [1, 1] }), "policy.categories.CLOSE.testDays.1"],
    ["double sample on a non-test day", withClose({ doubleSampleDays: [13] }), "policy.categories.CLOSE.doubleSampleDays.0"],
    ["absurdly long phase", withClose({ phases: [{ kind: "CENTRALIZED_ISOLATION", startDay: 1, endDay: 1400 }] }), "policy.categories.CLOSE.phases.0.endDay"],
  ];

  it.each(badPolicies)("rejects a policy with %s as INVALID_POLICY", (_label, policy, field) => {
    const error = errorOf({ ...valid, policy });
    expect(error.code).toBe("INVALID_POLICY");
    expect(error.field).toBe(field);
  });
});
