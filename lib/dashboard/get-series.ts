import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/user";
import { readDb } from "@/lib/db";
import { validationError } from "@/lib/errors";
import { addDays } from "@/lib/isolation/dates";
import { todayFor, type ServiceOptions } from "@/lib/transaction";
import { parseInput } from "@/lib/validation/parse-input";
import { MAX_SERIES_DAYS, seriesSchema } from "./schemas";
import { seriesFor, type DayFigures } from "./figures";
import { countiesInViewWithCodes } from "./scope";
import { datesBetween } from "./facts";

/** Days a series covers when no range is asked for. */
export const DEFAULT_SERIES_DAYS = 28;

export interface DashboardSeries {
  from: string;
  to: string;
  county: string | null;
  points: DayFigures[];
  counties?: { countyCode: string; nameZh: string; nameEn: string; points: DayFigures[] }[];
}

/**
 * GET /api/v1/dashboard/series?from=&to=&county=&byCounty=1: one point per day for the counties
 * in view (default: the 28 days up to today), from the maintained facts.
 */
export async function getDashboardSeries(user: SessionUser, input: unknown = {}, opts?: ServiceOptions): Promise<DashboardSeries> {
  assertCan(user, "dashboard:read");
  const parsed = parseInput(seriesSchema, input ?? {});
  const to = parsed.to ?? (parsed.from ? addDays(parsed.from, DEFAULT_SERIES_DAYS - 1) : todayFor(opts));
  const from = parsed.from ?? addDays(to, -(DEFAULT_SERIES_DAYS - 1));
  if (from > to) throw validationError([{ path: "from", key: "dashboard.errors.rangeReversed", values: { from, to } }]);
  if (datesBetween(from, to).length > MAX_SERIES_DAYS) throw validationError([{ path: "to", key: "dashboard.errors.rangeTooLong", values: { days: MAX_SERIES_DAYS } }]);
  const db = opts?.db ?? readDb();
  const byCounty = parsed.byCounty === "1" || parsed.byCounty === "true";
  // The county list and the facts are read at the same time (lib/dashboard/figures.ts).
  const { lookup, codes } = countiesInViewWithCodes(db, user, parsed.county);
  const [counties, series] = await Promise.all([lookup, seriesFor({ countyCodes: codes, from, to, byCounty }, { db })]);
  return {
    from,
    to,
    county: parsed.county ?? null,
    points: series.points,
    ...(series.counties ? { counties: series.counties.map((c, i) => ({ ...c, nameZh: counties[i]!.nameZh, nameEn: counties[i]!.nameEn })) } : {}),
  };
}
