import type { ReactNode } from "react";

export type Tone = "slate" | "teal" | "amber" | "red" | "sky" | "violet" | "green";

/** A badge in one tone: component classes `badge badge-<tone>` (app/globals.css). */
export function Badge({ tone = "slate", children }: { tone?: Tone; children: ReactNode }) {
  return (
    <span className={`badge badge-${tone}`}>
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
