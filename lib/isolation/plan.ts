// The isolation rule engine (docs/domain.md "The isolation rules"): pure, no I/O, no clock. Services pass dates in.
import { addDays, compareDates } from "./dates";
import { assertIsoDate, PlanInputError } from "./errors";
import { DEFAULT_POLICY, isolationPolicySchema, releaseDayOf, type IsolationPolicy } from "./policy";
import { isContactCategory, type IsolationPlan, type PlanInput, type PlannedPhase, type PlannedTest } from "./types";

export type {
  ContactCategory,
  PhaseKind,
  PlanInput,
  PlannedPhase,
  PlannedTest,
  IsolationPlan,
} from "./types";
export { CONTACT_CATEGORIES, PHASE_KINDS } from "./types";
export type { IsolationPolicy } from "./policy";
export { DEFAULT_POLICY } from "./policy";
export { PlanInputError, type PlanErrorCode } from "./errors";
export { phaseOn, extendPhase } from "./plan-ops";
export { mergeReexposure } from "./reexposure";
export { CATEGORY_RANK, combinePlans, coverPlan, type ExposurePlan } from "./combine";

// A batch plans thousands of contacts under one policy object: validate it once.
const validated = new WeakMap<object, IsolationPolicy>();

function resolvePolicy(policy: unknown): IsolationPolicy {
  if (policy === undefined) return DEFAULT_POLICY;
  const known = typeof policy === "object" && policy !== null ? validated.get(policy) : undefined;
  if (known) return known;
  const parsed = isolationPolicySchema.safeParse(policy);
  if (parsed.success) {
    if (typeof policy === "object" && policy !== null) validated.set(policy, parsed.data);
    return parsed.data;
  }
  const first = parsed.error.issues[0];
  const field = ["policy", ...(first?.path ?? []).map(String)].join(".");
  throw new PlanInputError("INVALID_POLICY", field, `Invalid isolation policy: ${first?.message ?? "unknown"}`);
}

function phaseInForce(phases: readonly PlannedPhase[], date: string): PlannedPhase | undefined {
  return phases.find((p) => compareDates(p.startDate, date) <= 0 && compareDates(date, p.endDate) <= 0);
}

/**
 * Computes a contact's isolation plan. Day N = lastExposureDate + N.
 *
 * Interpretations of the rules where the rules leave room (docs/domain.md):
 * - Identified on day 0 (the exposure day itself): the first phase starts on day 0, so it is
 *   the phase in force and receives an intake test on day 0; the day-1 test is kept as well
 *   ("everything else is as in the table"), i.e. samples on two consecutive days. The intake
 *   sample is taken at intake, the day-1 sample is the protocol's, and dropping either would
 *   contradict one of the two rules.
 * - Identified after the release day: no phases and one intake test. A test must name a phase,
 *   so it carries the category's last phase kind (the protocol the contact would have ended
 *   in). releaseDate stays the computed release day, i.e. a date in the past of the intake.
 * - The intake test is never a double sample, even though a late identification on e.g. day 13
 *   falls next to the day-14 double sample, which stays as scheduled.
 * - Test phases are the phase in force on the test date in the computed plan.
 */
export function planIsolation(input: PlanInput): IsolationPlan {
  const { category, lastExposureDate, identifiedDate } = input;
  if (!isContactCategory(category)) {
    throw new PlanInputError("UNKNOWN_CATEGORY", "category", `Unknown contact category: ${String(category)}`);
  }
  assertIsoDate(lastExposureDate, "lastExposureDate");
  assertIsoDate(identifiedDate, "identifiedDate");
  const policy = resolvePolicy(input.policy);
  if (compareDates(identifiedDate, lastExposureDate) < 0) {
    throw new PlanInputError(
      "IDENTIFIED_BEFORE_EXPOSURE",
      "identifiedDate",
      `identifiedDate ${identifiedDate} is before lastExposureDate ${lastExposureDate}`,
    );
  }

  const rules = policy.categories[category];
  const dayN = (n: number): string => addDays(lastExposureDate, n);
  const releaseDate = dayN(releaseDayOf(rules));
  const lastRule = rules.phases[rules.phases.length - 1];
  if (!lastRule) throw new PlanInputError("INVALID_POLICY", "policy", "Category policy has no phases");

  if (compareDates(identifiedDate, releaseDate) > 0) {
    return {
      category,
      phases: [],
      tests: [{ date: identifiedDate, phase: lastRule.kind, doubleSample: false }],
      releaseDate,
    };
  }

  const phases: PlannedPhase[] = [];
  for (const rule of rules.phases) {
    const endDate = dayN(rule.endDay);
    // 缺几天补几天: a phase already over when the contact is found is not served at all.
    if (compareDates(endDate, identifiedDate) < 0) continue;
    // Phases are contiguous from day 1, so the first phase not yet over is the one in force on
    // identifiedDate (or, identified on day 0, the one about to start): it starts that day.
    const startDate = phases.length === 0 ? identifiedDate : dayN(rule.startDay);
    phases.push({ kind: rule.kind, startDate, endDate });
  }

  const tests: PlannedTest[] = [];
  for (const day of rules.testDays) {
    const date = dayN(day);
    if (compareDates(date, identifiedDate) < 0) continue;
    const phase = phaseInForce(phases, date);
    // Unreachable for a policy that passed the schema (test days lie within the phases).
    if (!phase) throw new PlanInputError("INVALID_POLICY", "policy", `Test day ${day} outside every phase`);
    tests.push({ date, phase: phase.kind, doubleSample: rules.doubleSampleDays.includes(day) });
  }

  const first = phases[0];
  if (first && !tests.some((t) => t.date === identifiedDate)) {
    tests.push({ date: identifiedDate, phase: first.kind, doubleSample: false });
  }
  tests.sort((a, b) => compareDates(a.date, b.date));

  return { category, phases, tests, releaseDate };
}
