import { describe, expect, it } from "vitest";
import {
  extendPhase,
  mergeReexposure,
  planIsolation,
  PlanInputError,
  type ContactCategory,
  type IsolationPlan,
} from "@/lib/isolation/plan";
import { addDays, compareDates } from "@/lib/isolation/dates";
import { CI, HM, phase, sample } from "./helpers";

const plan = (category: ContactCategory, lastExposureDate: string, identifiedDate: string) =>
  planIsolation({ category, lastExposureDate, identifiedDate });

// Old plan: CLOSE, last exposure 2026-01-10, identified 01-11:
// CI 01-11..01-24, HM 01-25..01-31, tests 11, 14, 17, 24(double), 26, 31.
const old = () => plan("CLOSE", "2026-01-10", "2026-01-11");

describe("mergeReexposure", () => {
  it("without extensions the later exposure's plan simply replaces the old one", () => {
    // New exposure 01-13, identified 01-14 (its day 1).
    const expected: IsolationPlan = {
      category: "CLOSE",
      phases: [phase(CI, "2026-01-14", "2026-01-27"), phase(HM, "2026-01-28", "2026-02-03")],
      tests: [
        sample("2026-01-14", CI),
        sample("2026-01-17", CI),
        sample("2026-01-20", CI),
        sample("2026-01-27", CI, true),
        sample("2026-01-29", HM),
        sample("2026-02-03", HM),
      ],
      releaseDate: "2026-02-03",
    };
    expect(mergeReexposure(old(), plan("CLOSE", "2026-01-13", "2026-01-14"))).toEqual(expected);
  });

  it("an extended centralized isolation keeps its end; home monitoring follows it with its tests", () => {
    // Old CI extended 01-24 -> 02-05 (+12), so old HM is 02-06..02-12.
    const extended = extendPhase(old(), CI, "2026-02-05");
    // New exposure 01-13, identified 01-15 (day 2): CI 01-15..01-27, HM 01-28..02-03,
    // tests 15 (intake), 17, 20, 27(double), 29, 02-03.
    const fresh = plan("CLOSE", "2026-01-13", "2026-01-15");
    expect(mergeReexposure(extended, fresh)).toEqual({
      category: "CLOSE",
      phases: [phase(CI, "2026-01-15", "2026-02-05"), phase(HM, "2026-02-06", "2026-02-12")],
      tests: [
        sample("2026-01-15", CI),
        sample("2026-01-17", CI),
        sample("2026-01-20", CI),
        sample("2026-01-27", CI, true),
        sample("2026-02-07", HM),
        sample("2026-02-12", HM),
      ],
      releaseDate: "2026-02-12",
    });
  });

  it("an extended last phase keeps its end and the new tests stay where they are", () => {
    const extended = extendPhase(old(), HM, "2026-02-10");
    expect(mergeReexposure(extended, plan("CLOSE", "2026-01-13", "2026-01-14"))).toEqual({
      category: "CLOSE",
      phases: [phase(CI, "2026-01-14", "2026-01-27"), phase(HM, "2026-01-28", "2026-02-10")],
      tests: [
        sample("2026-01-14", CI),
        sample("2026-01-17", CI),
        sample("2026-01-20", CI),
        sample("2026-01-27", CI, true),
        sample("2026-01-29", HM),
        sample("2026-02-03", HM),
      ],
      releaseDate: "2026-02-10",
    });
  });

  it("keeps an old phase the new plan dropped as over but which an extension kept running", () => {
    const extended = extendPhase(old(), CI, "2026-02-05"); // HM 02-06..02-12
    // New exposure 01-12 found on its day 16 (01-28): new plan is HM 01-28..02-02 only,
    // tests 01-28 and 02-02. Centralized isolation must still run to 02-05.
    const fresh = plan("CLOSE", "2026-01-12", "2026-01-28");
    expect(fresh.phases).toEqual([phase(HM, "2026-01-28", "2026-02-02")]);
    expect(mergeReexposure(extended, fresh)).toEqual({
      category: "CLOSE",
      // HM starts 9 days later than in the new plan; its test moves with its start (02-02 -> 02-11).
      phases: [phase(CI, "2026-01-28", "2026-02-05"), phase(HM, "2026-02-06", "2026-02-12")],
      tests: [sample("2026-01-28", CI), sample("2026-02-11", HM)],
      releaseDate: "2026-02-12",
    });
  });

  it("a new plan with no phases (found after its release) leaves the old plan's remainder in force", () => {
    const extended = extendPhase(old(), HM, "2026-02-20");
    const fresh = plan("CLOSE", "2026-01-12", "2026-02-05"); // released 02-02, found 02-05
    expect(fresh).toEqual({ category: "CLOSE", phases: [], tests: [sample("2026-02-05", HM)], releaseDate: "2026-02-02" });
    expect(mergeReexposure(extended, fresh)).toEqual({
      category: "CLOSE",
      phases: [phase(HM, "2026-02-05", "2026-02-20")],
      tests: [sample("2026-02-05", HM)],
      releaseDate: "2026-02-20",
    });
  });

  it("both plans over: no phases, the later release date", () => {
    const merged = mergeReexposure(plan("CLOSE", "2026-01-10", "2026-03-01"), plan("CLOSE", "2026-01-12", "2026-03-01"));
    expect(merged).toEqual({ category: "CLOSE", phases: [], tests: [sample("2026-03-01", HM)], releaseDate: "2026-02-02" });
  });

  it("refuses plans of different categories", () => {
    try {
      mergeReexposure(old(), plan("GENERAL", "2026-01-13", "2026-01-14"));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PlanInputError);
      expect((error as PlanInputError).code).toBe("CATEGORY_MISMATCH");
    }
  });

  it("does not modify either plan", () => {
    const a = extendPhase(old(), CI, "2026-02-05");
    const b = plan("CLOSE", "2026-01-13", "2026-01-15");
    const [ca, cb] = [structuredClone(a), structuredClone(b)];
    mergeReexposure(a, b);
    expect([a, b]).toEqual([ca, cb]);
  });

  // Invariants over many combinations: no end date or release date earlier than in either plan,
  // phases contiguous, every test inside a phase of its own kind.
  it("never moves an end date or the release date earlier (exhaustive small grid)", () => {
    const categories: ContactCategory[] = ["CLOSE", "SECONDARY", "GENERAL"];
    let checked = 0;
    for (const category of categories) {
      for (const oldIdent of [0, 1, 6, 15, 22]) {
        for (const extension of [0, 5]) {
          let before = plan(category, "2026-01-10", addDays("2026-01-10", oldIdent));
          const first = before.phases[0];
          if (extension && first) before = extendPhase(before, first.kind, addDays(first.endDate, extension));
          for (const later of [0, 1, 3, 10]) {
            const exposure = addDays("2026-01-10", later);
            for (const newIdent of [0, 1, 5, 14, 16, 30]) {
              const after = plan(category, exposure, addDays(exposure, newIdent));
              const merged = mergeReexposure(before, after);
              checked++;
              expect(compareDates(merged.releaseDate, before.releaseDate)).toBeGreaterThanOrEqual(0);
              expect(compareDates(merged.releaseDate, after.releaseDate)).toBeGreaterThanOrEqual(0);
              for (const p of [...before.phases, ...after.phases]) {
                const m = merged.phases.find((q) => q.kind === p.kind);
                if (compareDates(p.endDate, merged.phases[0]?.startDate ?? "9999-12-31") < 0) continue;
                expect(m && compareDates(m.endDate, p.endDate) >= 0).toBe(true);
              }
              merged.phases.forEach((p, i) => {
                const prev = merged.phases[i - 1];
                if (prev) expect(addDays(prev.endDate, 1)).toBe(p.startDate);
              });
              for (const t of merged.tests) {
                const inForce = merged.phases.find((p) => p.startDate <= t.date && t.date <= p.endDate);
                if (merged.phases.length) expect(inForce?.kind).toBe(t.phase);
              }
              expect(merged.tests.map((t) => t.date)).toEqual([...merged.tests.map((t) => t.date)].sort());
            }
          }
        }
      }
    }
    expect(checked).toBe(3 * 5 * 2 * 4 * 6);
  });
});
