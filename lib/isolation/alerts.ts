// The alert rules of Today and the dashboard (docs/decisions/0022-today-by-person.md). Pure, no
// I/O, no clock: "today" is an argument, dates are YYYY-MM-DD. lib/tasks/today-query.ts asks
// the same questions in SQL (to group, count and order thousands of people in the database)
// with the constants exported here; tests/integration/today/today.test.ts checks both agree.
import { addDays, compareDates, diffDays } from "./dates";
import type { ContactCategory, PhaseKind } from "./types";

/** A temperature at or above this (℃) is a fever. */
export const FEVER_CELSIUS = 37.3;
/** A site at or above this share of its capacity is nearly full. */
export const SITE_NEAR_FULL_RATIO = 0.9;
/** Days in a row without any health check that raise an alert. */
export const MISSED_CHECK_DAYS = 2;

export interface CheckFact {
  date: string;
  temperature: number;
  symptoms: readonly string[];
  /** When it was recorded: orders a check and a test sampled the same day. */
  recordedAt: Date;
}
export interface TestFact {
  sampleDate: string;
  recordedAt: Date;
}

/** A health check with a fever (≥ 37.3 ℃) or any listed symptom. */
export function isSymptomatic(check: Pick<CheckFact, "temperature" | "symptoms">): boolean {
  // Temperatures are kept to one decimal; compare in tenths so 37.3 is never 37.29999.
  return Math.round(check.temperature * 10) >= Math.round(FEVER_CELSIUS * 10) || check.symptoms.some((s) => s.trim() !== "");
}

/** A test taken after the check: sampled on a later day, or the same day and recorded later. */
export function testAfter(check: Pick<CheckFact, "date" | "recordedAt">, test: TestFact): boolean {
  const c = compareDates(test.sampleDate, check.date);
  return c > 0 || (c === 0 && test.recordedAt.getTime() > check.recordedAt.getTime());
}

/**
 * "Symptomatic: test and transfer": the latest symptomatic check up to `today` that no test
 * followed, or null. It stays at the top of Today until a test is recorded after it.
 */
export function symptomaticAlert(checks: readonly CheckFact[], tests: readonly TestFact[], today: string): CheckFact | null {
  const latest = checks
    .filter((c) => compareDates(c.date, today) <= 0 && isSymptomatic(c))
    .sort((a, b) => compareDates(b.date, a.date) || b.recordedAt.getTime() - a.recordedAt.getTime())[0];
  if (!latest) return null;
  return tests.some((t) => testAfter(latest, t)) ? null : latest;
}

/** A close contact in centralized isolation without a site: "needs placement". */
export function needsPlacement(p: { category: ContactCategory; phase: PhaseKind | null; siteId: string | null }): boolean {
  return p.category === "CLOSE" && p.phase === "CENTRALIZED_ISOLATION" && p.siteId === null;
}

/** Days an active person's release is overdue (0: due today or later, or not due). */
export function releaseOverdueDays(releaseDate: string, today: string): number {
  return Math.max(0, diffDays(today, releaseDate));
}

/**
 * Two whole days in a row without any health check: yesterday and the day before, both on or
 * after the first day of the plan (a person registered yesterday has not missed two days).
 */
export function missedCheckDays(checkDates: readonly string[], monitoredFrom: string, today: string): boolean {
  const first = addDays(today, -MISSED_CHECK_DAYS);
  if (compareDates(monitoredFrom, first) > 0) return false;
  return !checkDates.some((d) => compareDates(d, first) >= 0 && compareDates(d, today) < 0);
}

export type SiteLoad = "OVER" | "NEAR_FULL" | null;

/** A site over its capacity, or at 90 % of it or more. */
export function siteLoad(occupancy: number, capacity: number): SiteLoad {
  if (occupancy > capacity) return "OVER";
  // Integers only: occupancy / capacity ≥ 0.9 ⇔ 10·occupancy ≥ 9·capacity.
  if (capacity > 0 ? occupancy * 10 >= capacity * SITE_NEAR_FULL_RATIO * 10 : occupancy > 0) return "NEAR_FULL";
  return null;
}
