// Where a contact stands on its plan on a given day: the phase in force and the next test
// still owed. Pure, so the case page and its tests agree on what "next" means.
import type { PhaseKind } from "@/lib/isolation/types";

export interface ProgressPlan {
  phases: { kind: PhaseKind; startDate: string; endDate: string }[];
  tests: { date: string; doubleSample: boolean }[];
  releaseDate: string;
}

export interface NextTest {
  date: string;
  doubleSample: boolean;
  /** Scheduled before `today` and still without a result. */
  overdue: boolean;
  /** A sample was taken and awaits its result. */
  pending: boolean;
}

export interface PlanProgress {
  currentPhase: PhaseKind | null;
  nextTest: NextTest | null;
}

/**
 * `answered` holds the sample dates with a NEGATIVE or POSITIVE result, `pending` those with a
 * PENDING one. The earliest scheduled test without an answer is the next one, overdue if it lies
 * before `today` (dates are YYYY-MM-DD, so string order is date order).
 */
export function planProgress(plan: ProgressPlan, today: string, answered: ReadonlySet<string>, pending: ReadonlySet<string>): PlanProgress {
  const phase = plan.phases.find((p) => p.startDate <= today && today <= p.endDate);
  const open = [...plan.tests].sort((a, b) => a.date.localeCompare(b.date)).find((t) => !answered.has(t.date));
  return {
    currentPhase: phase?.kind ?? null,
    nextTest: open ? { date: open.date, doubleSample: open.doubleSample, overdue: open.date < today, pending: pending.has(open.date) } : null,
  };
}
