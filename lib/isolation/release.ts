// The release rule (docs/domain.md "Release"), pure: whether a plan may be released on a date
// given the person's test results. Used by the release service and the release certificate.
import { compareDates, maxDate } from "./dates";
import type { IsolationPlan } from "./types";

export interface SampleOutcome {
  /** Sample date, YYYY-MM-DD. */
  date: string;
  result: "NEGATIVE" | "POSITIVE" | "PENDING";
}

export type ReleaseRefusal =
  | { reason: "releaseTooEarly"; values: { releaseDate: string } }
  | { reason: "releasePositiveTest"; values: { dates: string; count: number } }
  | { reason: "releaseMissingTests"; values: { dates: string; count: number } };

/**
 * Null when `date` is on or after the release date (or the last scheduled test, if later), no
 * sample was ever positive, and every scheduled test date has a negative result; else why not.
 */
export function releaseRefusal(plan: IsolationPlan, results: readonly SampleOutcome[], date: string): ReleaseRefusal | null {
  const lastTest = plan.tests[plan.tests.length - 1]?.date;
  const earliest = lastTest ? maxDate(plan.releaseDate, lastTest) : plan.releaseDate;
  if (compareDates(date, earliest) < 0) return { reason: "releaseTooEarly", values: { releaseDate: earliest } };
  const outcomes = new Map<string, Set<string>>();
  for (const r of results) outcomes.set(r.date, (outcomes.get(r.date) ?? new Set()).add(r.result));
  // Any positive sample refuses release, scheduled or not.
  const positive = [...outcomes].filter(([, set]) => set.has("POSITIVE")).map(([d]) => d).sort();
  if (positive.length) return { reason: "releasePositiveTest", values: { dates: positive.join(", "), count: positive.length } };
  const missing = plan.tests.filter((t) => !outcomes.get(t.date)?.has("NEGATIVE")).map((t) => t.date);
  if (missing.length) return { reason: "releaseMissingTests", values: { dates: missing.join(", "), count: missing.length } };
  return null;
}
