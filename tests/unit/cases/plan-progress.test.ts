import { describe, expect, it } from "vitest";
import { planProgress } from "@/lib/cases/plan-progress";
import { planIsolation } from "@/lib/isolation/plan";

const plan = planIsolation({ category: "CLOSE", lastExposureDate: "2026-03-01", identifiedDate: "2026-03-02" });
const none = new Set<string>();

describe("planProgress", () => {
  it("names the phase in force and the first test without a result", () => {
    expect(planProgress(plan, "2026-03-03", new Set(["2026-03-02"]), none)).toEqual({
      currentPhase: "CENTRALIZED_ISOLATION",
      nextTest: { date: "2026-03-05", doubleSample: false, overdue: false, pending: false },
    });
  });

  it("marks an unanswered earlier test as overdue, and a pending sample", () => {
    expect(planProgress(plan, "2026-03-03", none, new Set(["2026-03-02"])).nextTest).toEqual({
      date: "2026-03-02",
      doubleSample: false,
      overdue: true,
      pending: true,
    });
  });

  it("moves to home health monitoring after day 14 and ends with nothing due", () => {
    const all = new Set(plan.tests.map((t) => t.date));
    expect(planProgress(plan, "2026-03-16", all, none)).toEqual({ currentPhase: "HOME_HEALTH_MONITORING", nextTest: null });
    expect(planProgress(plan, "2026-04-01", all, none).currentPhase).toBeNull();
  });
});
