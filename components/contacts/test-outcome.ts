import { compareDates } from "@/lib/isolation/dates";

export type Outcome = "NEGATIVE" | "POSITIVE" | "PENDING" | "MISSING" | "UPCOMING";

/**
 * What became of a scheduled test: the results of its sample date decide (a positive wins,
 * then a negative, then a pending sample); without any, it is missing once its day is over
 * and upcoming before.
 */
export function outcomeOf(date: string, results: { sampleDate: string; result: string }[], today: string): Outcome {
  const mine = results.filter((r) => r.sampleDate === date).map((r) => r.result);
  if (mine.includes("POSITIVE")) return "POSITIVE";
  if (mine.includes("NEGATIVE")) return "NEGATIVE";
  if (mine.includes("PENDING")) return "PENDING";
  return compareDates(date, today) < 0 ? "MISSING" : "UPCOMING";
}

/** Marker classes per outcome, shared by the chart and its legend. */
export const OUTCOME_MARK: Record<Outcome, string> = {
  NEGATIVE: "bg-green-600 border-green-700",
  POSITIVE: "bg-red-600 border-red-700",
  PENDING: "bg-amber-400 border-amber-600",
  MISSING: "bg-white border-red-600 border-dashed",
  UPCOMING: "bg-white border-slate-500",
};
