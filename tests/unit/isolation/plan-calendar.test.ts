import { describe, expect, it } from "vitest";
import { planIsolation } from "@/lib/isolation/plan";
import { CI, HI, HM, MO, phase, sample } from "./helpers";

describe("planIsolation — month, year and leap-day crossings", () => {
  it("leap year: last exposure 2024-02-20 runs through 29 February", () => {
    // +9 = 02-29, +10 = 03-01, +14 = 03-05, +15 = 03-06, +16 = 03-07, +21 = 03-12.
    expect(planIsolation({ category: "CLOSE", lastExposureDate: "2024-02-20", identifiedDate: "2024-02-21" })).toEqual({
      category: "CLOSE",
      phases: [phase(CI, "2024-02-21", "2024-03-05"), phase(HM, "2024-03-06", "2024-03-12")],
      tests: [
        sample("2024-02-21", CI),
        sample("2024-02-24", CI),
        sample("2024-02-27", CI),
        sample("2024-03-05", CI, true),
        sample("2024-03-07", HM),
        sample("2024-03-12", HM),
      ],
      releaseDate: "2024-03-12",
    });
  });

  it("same dates in a common year land one day later", () => {
    // 2026 has no 29 February: +9 = 03-01, +14 = 03-06, +21 = 03-13.
    expect(planIsolation({ category: "CLOSE", lastExposureDate: "2026-02-20", identifiedDate: "2026-02-21" })).toEqual({
      category: "CLOSE",
      phases: [phase(CI, "2026-02-21", "2026-03-06"), phase(HM, "2026-03-07", "2026-03-13")],
      tests: [
        sample("2026-02-21", CI),
        sample("2026-02-24", CI),
        sample("2026-02-27", CI),
        sample("2026-03-06", CI, true),
        sample("2026-03-08", HM),
        sample("2026-03-13", HM),
      ],
      releaseDate: "2026-03-13",
    });
  });

  it("year crossing: last exposure 2023-12-25, identified on day 2", () => {
    // +1 = 12-26, +4 = 12-29, +7 = 2024-01-01, +14 = 2024-01-08.
    expect(
      planIsolation({ category: "SECONDARY", lastExposureDate: "2023-12-25", identifiedDate: "2023-12-27" }),
    ).toEqual({
      category: "SECONDARY",
      phases: [phase(HI, "2023-12-27", "2024-01-08")],
      tests: [
        sample("2023-12-27", HI),
        sample("2023-12-29", HI),
        sample("2024-01-01", HI),
        sample("2024-01-08", HI, true),
      ],
      releaseDate: "2024-01-08",
    });
  });

  it("year crossing for a close contact identified on day 1", () => {
    // 2023-12-25 + 15 = 2024-01-09, + 16 = 01-10, + 21 = 01-15.
    expect(planIsolation({ category: "CLOSE", lastExposureDate: "2023-12-25", identifiedDate: "2023-12-26" })).toEqual({
      category: "CLOSE",
      phases: [phase(CI, "2023-12-26", "2024-01-08"), phase(HM, "2024-01-09", "2024-01-15")],
      tests: [
        sample("2023-12-26", CI),
        sample("2023-12-29", CI),
        sample("2024-01-01", CI),
        sample("2024-01-08", CI, true),
        sample("2024-01-10", HM),
        sample("2024-01-15", HM),
      ],
      releaseDate: "2024-01-15",
    });
  });

  it("2028-02-15: day 14 is 29 February, identified that day", () => {
    expect(planIsolation({ category: "CLOSE", lastExposureDate: "2028-02-15", identifiedDate: "2028-02-29" })).toEqual({
      category: "CLOSE",
      phases: [phase(CI, "2028-02-29", "2028-02-29"), phase(HM, "2028-03-01", "2028-03-07")],
      tests: [sample("2028-02-29", CI, true), sample("2028-03-02", HM), sample("2028-03-07", HM)],
      releaseDate: "2028-03-07",
    });
  });

  it("2028-02-15: general contact identified on day 0 is released on 29 February", () => {
    expect(planIsolation({ category: "GENERAL", lastExposureDate: "2028-02-15", identifiedDate: "2028-02-15" })).toEqual({
      category: "GENERAL",
      phases: [phase(MO, "2028-02-15", "2028-02-29")],
      tests: [sample("2028-02-15", MO), sample("2028-02-16", MO), sample("2028-02-29", MO)],
      releaseDate: "2028-02-29",
    });
  });

  it("exposure on 29 February itself", () => {
    // 2024-02-29 + 1 = 03-01, + 14 = 03-14.
    expect(planIsolation({ category: "GENERAL", lastExposureDate: "2024-02-29", identifiedDate: "2024-03-01" })).toEqual({
      category: "GENERAL",
      phases: [phase(MO, "2024-03-01", "2024-03-14")],
      tests: [sample("2024-03-01", MO), sample("2024-03-14", MO)],
      releaseDate: "2024-03-14",
    });
  });

  it("October month end and DST weekends elsewhere (US 2026-03-08, EU 2026-10-25) change nothing", () => {
    // 2026-10-20 + 14 = 11-03 (October has 31 days).
    expect(
      planIsolation({ category: "SECONDARY", lastExposureDate: "2026-10-20", identifiedDate: "2026-10-26" }),
    ).toEqual({
      category: "SECONDARY",
      phases: [phase(HI, "2026-10-26", "2026-11-03")],
      tests: [sample("2026-10-26", HI), sample("2026-10-27", HI), sample("2026-11-03", HI, true)],
      releaseDate: "2026-11-03",
    });
  });
});
