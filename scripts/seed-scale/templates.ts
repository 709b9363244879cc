// The rule engine's plans as templates: for each category and lateness (identified k days after
// the last exposure), phases and tests as day offsets from the last exposure. The generator joins
// them onto contacts in SQL, so every generated plan is exactly what planIsolation computes.
import { planIsolation } from "@/lib/isolation/plan";
import { addDays } from "@/lib/isolation/dates";
import type { IsolationPolicy } from "@/lib/isolation/policy";

const BASE = "2026-01-01";
const offset = (date: string) => Math.round((Date.parse(date) - Date.parse(BASE)) / 86_400_000);
/** Contacts are identified on the day of their last exposure or up to this many days later. */
export const MAX_LATENESS = 2;

export function planTemplates(policy: IsolationPolicy) {
  const plans: { category: string; k: number; rel: number }[] = [];
  const phases: { category: string; k: number; seq: number; kind: string; s: number; e: number }[] = [];
  const tests: { category: string; k: number; d: number; phase: string; double: boolean }[] = [];
  for (const category of ["CLOSE", "SECONDARY", "GENERAL"] as const) {
    for (let k = 0; k <= MAX_LATENESS; k++) {
      const plan = planIsolation({ category, lastExposureDate: BASE, identifiedDate: addDays(BASE, k), policy });
      plans.push({ category, k, rel: offset(plan.releaseDate) });
      plan.phases.forEach((p, seq) => phases.push({ category, k, seq, kind: p.kind, s: offset(p.startDate), e: offset(p.endDate) }));
      plan.tests.forEach((t) => tests.push({ category, k, d: offset(t.date), phase: t.phase, double: t.doubleSample }));
    }
  }
  return { plans, phases, tests };
}
