// Re-exposure: a later last exposure replaces the plan, but nothing the old plan required may
// end earlier (docs/domain.md "Re-exposure"). Kept apart from plan.ts because the merge needs its own care.
import { addDays, compareDates, diffDays, maxDate, minDate } from "./dates";
import { PlanInputError } from "./errors";
import type { IsolationPlan, PhaseKind, PlannedPhase, PlannedTest } from "./types";

/** Both lists follow the same category order; old-only kinds go where the old plan had them. */
function mergedKindOrder(newKinds: PhaseKind[], oldKinds: PhaseKind[]): PhaseKind[] {
  const order = [...newKinds];
  oldKinds.forEach((kind, i) => {
    if (order.includes(kind)) return;
    const next = oldKinds.slice(i + 1).find((k) => order.includes(k));
    order.splice(next === undefined ? order.length : order.indexOf(next), 0, kind);
  });
  return order;
}

/**
 * Merges the plan of a re-exposure (`newPlan`, computed by planIsolation from the later last
 * exposure) with the plan already running (`oldPlan`, possibly extended). Semantics:
 *
 * 1. Both plans must be of the same category (else CATEGORY_MISMATCH): phases are matched by
 *    kind, which only means something within one protocol. A category change is a
 *    reclassification (escalation builds a fresh plan), not a re-exposure.
 * 2. Phases are laid end to end from the new plan's identification date (its first phase start,
 *    or its intake test when it has no phases). Each kind, in category order, ends on the LATER
 *    of its end dates in the two plans; a kind only the old plan still has (the new plan
 *    dropped it as already over, but an extension kept it running) is kept the same way. A kind
 *    whose merged end falls before its start is dropped.
 * 3. Tests are the new plan's. A test keeps its offset from the start of its phase, so when an
 *    earlier phase ends later the following phase's tests move with it (as extendPhase does);
 *    the test on the identification date (intake) stays put. Each test is labelled with the
 *    merged phase in force on its date; two tests landing on one date become one, double if
 *    either was. Old-plan tests are not carried over: the services keep the results taken.
 * 4. releaseDate is the last merged phase end, and never earlier than either plan's release.
 */
export function mergeReexposure(oldPlan: IsolationPlan, newPlan: IsolationPlan): IsolationPlan {
  if (oldPlan.category !== newPlan.category) {
    throw new PlanInputError(
      "CATEGORY_MISMATCH",
      "category",
      `Re-exposure plan is ${newPlan.category} but the running plan is ${oldPlan.category}`,
    );
  }
  const anchors = [newPlan.phases[0]?.startDate, newPlan.tests[0]?.date].filter((d) => d !== undefined);
  const [firstAnchor, ...otherAnchors] = anchors;
  if (firstAnchor === undefined) throw new PlanInputError("INVALID_PLAN", "newPlan", "The new plan is empty");
  const identifiedDate = minDate(firstAnchor, ...otherAnchors);

  const endOf = (plan: IsolationPlan, kind: PhaseKind) => plan.phases.find((p) => p.kind === kind)?.endDate;
  const kinds = mergedKindOrder(
    newPlan.phases.map((p) => p.kind),
    oldPlan.phases.map((p) => p.kind),
  );

  const phases: PlannedPhase[] = [];
  const startShift = new Map<PhaseKind, number>();
  let cursor = identifiedDate;
  for (const kind of kinds) {
    const newEnd = endOf(newPlan, kind);
    const oldEnd = endOf(oldPlan, kind);
    const end = newEnd && oldEnd ? maxDate(newEnd, oldEnd) : (newEnd ?? oldEnd);
    if (end === undefined || compareDates(end, cursor) < 0) continue;
    phases.push({ kind, startDate: cursor, endDate: end });
    const newPhase = newPlan.phases.find((p) => p.kind === kind);
    if (newPhase) startShift.set(kind, diffDays(cursor, newPhase.startDate));
    cursor = addDays(end, 1);
  }

  const byDate = new Map<string, PlannedTest>();
  for (const test of newPlan.tests) {
    const date = test.date === identifiedDate ? test.date : addDays(test.date, startShift.get(test.phase) ?? 0);
    const inForce = phases.find((p) => compareDates(p.startDate, date) <= 0 && compareDates(date, p.endDate) <= 0);
    const merged: PlannedTest = { date, phase: inForce?.kind ?? test.phase, doubleSample: test.doubleSample };
    const clash = byDate.get(date);
    byDate.set(date, clash ? { ...merged, doubleSample: clash.doubleSample || merged.doubleSample } : merged);
  }
  const tests = [...byDate.values()].sort((a, b) => compareDates(a.date, b.date));

  const lastEnd = phases[phases.length - 1]?.endDate;
  const releaseDate = maxDate(lastEnd ?? newPlan.releaseDate, newPlan.releaseDate, oldPlan.releaseDate);
  return { category: newPlan.category, phases, tests, releaseDate };
}
