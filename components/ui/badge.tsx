import type { ReactNode } from "react";

export type Tone = "slate" | "teal" | "amber" | "red" | "sky" | "violet" | "green";

const TONES: Record<Tone, string> = {
  slate: "bg-slate-100 text-slate-700 ring-slate-200",
  teal: "bg-teal-50 text-teal-800 ring-teal-200",
  amber: "bg-amber-50 text-amber-800 ring-amber-200",
  red: "bg-red-50 text-red-800 ring-red-200",
  sky: "bg-sky-50 text-sky-800 ring-sky-200",
  violet: "bg-violet-50 text-violet-800 ring-violet-200",
  green: "bg-green-50 text-green-800 ring-green-200",
};

export function Badge({ tone = "slate", children }: { tone?: Tone; children: ReactNode }) {
  return (
    <span className={`badge ${TONES[tone]}`}>
      {children}
    </span>
  );
}

/** One colour per contact category, phase and status, the same everywhere. */
export const CATEGORY_TONE = { CLOSE: "red", SECONDARY: "amber", GENERAL: "sky" } as const satisfies Record<string, Tone>;
export const PHASE_TONE = {
  CENTRALIZED_ISOLATION: "red",
  HOME_HEALTH_MONITORING: "amber",
  HOME_ISOLATION: "violet",
  MEDICAL_OBSERVATION: "sky",
} as const satisfies Record<string, Tone>;
export const STATUS_TONE = { ACTIVE: "teal", RELEASED: "green", BECAME_CASE: "red", ENDED_EARLY: "slate", MERGED: "slate" } as const satisfies Record<string, Tone>;
