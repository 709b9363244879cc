import type { IsolationPolicy } from "./policy";

// Runtime lists of the domain enums: zod schemas and input guards need values, not just types.
// plan.ts re-exports the types so the rule-engine contract (docs/architecture.md "The rule engine") stays satisfied from one import.

export const CONTACT_CATEGORIES = ["CLOSE", "SECONDARY", "GENERAL"] as const;
export type ContactCategory = (typeof CONTACT_CATEGORIES)[number];

export const PHASE_KINDS = [
  "CENTRALIZED_ISOLATION",
  "HOME_HEALTH_MONITORING",
  "HOME_ISOLATION",
  "MEDICAL_OBSERVATION",
] as const;
export type PhaseKind = (typeof PHASE_KINDS)[number];

export function isContactCategory(value: unknown): value is ContactCategory {
  return typeof value === "string" && (CONTACT_CATEGORIES as readonly string[]).includes(value);
}

export function isPhaseKind(value: unknown): value is PhaseKind {
  return typeof value === "string" && (PHASE_KINDS as readonly string[]).includes(value);
}

// The plan shapes of the rule-engine contract (docs/architecture.md "The rule engine"); plan.ts re-exports them.
export interface PlanInput {
  category: ContactCategory;
  lastExposureDate: string; // YYYY-MM-DD
  identifiedDate: string; // YYYY-MM-DD
  policy?: IsolationPolicy; // defaults to DEFAULT_POLICY
}
export interface PlannedPhase {
  kind: PhaseKind;
  startDate: string;
  endDate: string;
}
export interface PlannedTest {
  date: string;
  phase: PhaseKind;
  doubleSample: boolean;
}
export interface IsolationPlan {
  category: ContactCategory;
  phases: PlannedPhase[]; // in date order
  tests: PlannedTest[]; // in date order
  releaseDate: string;
}
