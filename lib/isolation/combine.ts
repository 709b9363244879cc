// One person, one plan (docs/domain.md "Identity and privacy"): when a second exposure of a
// person already under a plan is registered, the two plans become one. Pure, like plan.ts.
import { compareDates } from "./dates";
import { extendPhase } from "./plan-ops";
import { mergeReexposure } from "./reexposure";
import type { ContactCategory, IsolationPlan, PhaseKind } from "./types";

/** Stricter categories outrank milder ones: a close contact exposed again as a general contact stays close. */
export const CATEGORY_RANK: Record<ContactCategory, number> = { GENERAL: 0, SECONDARY: 1, CLOSE: 2 };

/** Phases that keep a person isolated (not merely monitored). */
const ISOLATION_KINDS: ReadonlySet<PhaseKind> = new Set(["CENTRALIZED_ISOLATION", "HOME_ISOLATION"]);

/**
 * `main` (the stricter plan) made to cover `other`: nothing `other` required ends earlier.
 * When `other` ends in isolation, `main`'s first phase lasts at least until that isolation
 * ends; and `main` is not released before `other` would have been. Phases are extended with
 * extendPhase, so later phases and their tests move with them.
 */
export function coverPlan(main: IsolationPlan, other: IsolationPlan): IsolationPlan {
  let plan = main;
  const first = plan.phases[0];
  const otherLast = other.phases[other.phases.length - 1];
  if (first && otherLast && ISOLATION_KINDS.has(otherLast.kind) && compareDates(first.endDate, otherLast.endDate) < 0) {
    plan = extendPhase(plan, first.kind, otherLast.endDate);
  }
  const last = plan.phases[plan.phases.length - 1];
  if (last && compareDates(plan.releaseDate, other.releaseDate) < 0) plan = extendPhase(plan, last.kind, other.releaseDate);
  return plan;
}

export interface ExposurePlan {
  plan: IsolationPlan;
  lastExposureDate: string;
}

/**
 * The single plan of a person exposed twice: `running` is the plan in force, `incoming` the
 * plan the new exposure alone would get (planIsolation). Same category: the re-exposure rule
 * (mergeReexposure, later exposure as the new plan). Different categories: the stricter
 * category's plan, covering the other (coverPlan). End dates never move earlier.
 */
export function combinePlans(running: ExposurePlan, incoming: ExposurePlan): IsolationPlan {
  const r = CATEGORY_RANK[running.plan.category];
  const i = CATEGORY_RANK[incoming.plan.category];
  if (r === i) {
    const incomingLater = compareDates(incoming.lastExposureDate, running.lastExposureDate) > 0;
    return incomingLater ? mergeReexposure(running.plan, incoming.plan) : mergeReexposure(incoming.plan, running.plan);
  }
  return i > r ? coverPlan(incoming.plan, running.plan) : coverPlan(running.plan, incoming.plan);
}
