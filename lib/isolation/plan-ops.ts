// Pure operations on an existing plan, for the services (task list, extensions).
import { addDays, compareDates, diffDays } from "./dates";
import { assertIsoDate, PlanInputError } from "./errors";
import type { IsolationPlan, PhaseKind } from "./types";

/** The phase kind in force on `date`, or null outside the plan (before intake, after release). Only the phases are read. */
export function phaseOn(plan: Pick<IsolationPlan, "phases">, date: string): PhaseKind | null {
  assertIsoDate(date, "date");
  const phase = plan.phases.find(
    (p) => compareDates(p.startDate, date) <= 0 && compareDates(date, p.endDate) <= 0,
  );
  return phase?.kind ?? null;
}

/**
 * Returns a new plan in which `phaseKind` ends on `newEndDate`. Later phases keep their length
 * and move by the same number of days, and so do their tests (home monitoring's day-2 and
 * day-7 samples stay on its days 2 and 7). Tests of the extended phase itself do not move and
 * none are added: scheduling extra samples is a staff decision recorded by the service.
 * Only lengthening is allowed; an equal or earlier end date throws SHORTENING_NOT_ALLOWED,
 * because ending early must go through an audited reclassification instead.
 */
export function extendPhase(plan: IsolationPlan, phaseKind: PhaseKind, newEndDate: string): IsolationPlan {
  assertIsoDate(newEndDate, "newEndDate");
  const index = plan.phases.findIndex((p) => p.kind === phaseKind);
  const target = plan.phases[index];
  if (!target) {
    throw new PlanInputError("PHASE_NOT_IN_PLAN", "phase", `The plan has no ${phaseKind} phase`);
  }
  const shift = diffDays(newEndDate, target.endDate);
  if (shift <= 0) {
    throw new PlanInputError(
      "SHORTENING_NOT_ALLOWED",
      "newEndDate",
      `${phaseKind} ends on ${target.endDate}; an extension must end after that, not on ${newEndDate}`,
    );
  }

  const shiftedKinds = new Set(plan.phases.slice(index + 1).map((p) => p.kind));
  const phases = plan.phases.map((p, i) => {
    if (i < index) return { ...p };
    if (i === index) return { ...p, endDate: newEndDate };
    return { kind: p.kind, startDate: addDays(p.startDate, shift), endDate: addDays(p.endDate, shift) };
  });
  const tests = plan.tests
    .map((t) => (shiftedKinds.has(t.phase) ? { ...t, date: addDays(t.date, shift) } : { ...t }))
    .sort((a, b) => compareDates(a.date, b.date));
  const last = phases[phases.length - 1];
  return { category: plan.category, phases, tests, releaseDate: last ? last.endDate : plan.releaseDate };
}
