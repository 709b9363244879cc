// Terse constructors so expected plans in the tests can be written out literally.
import type { PhaseKind, PlannedPhase, PlannedTest } from "@/lib/isolation/plan";

export const CI: PhaseKind = "CENTRALIZED_ISOLATION";
export const HM: PhaseKind = "HOME_HEALTH_MONITORING";
export const HI: PhaseKind = "HOME_ISOLATION";
export const MO: PhaseKind = "MEDICAL_OBSERVATION";

export const phase = (kind: PhaseKind, startDate: string, endDate: string): PlannedPhase => ({
  kind,
  startDate,
  endDate,
});

export const sample = (date: string, phaseKind: PhaseKind, doubleSample = false): PlannedTest => ({
  date,
  phase: phaseKind,
  doubleSample,
});
