// Dashboard figures (DESIGN.md §2: officials read aggregate figures for every county) for the
// user's scope, read from the maintained facts (docs/decisions/0007-dashboard-facts.md): the
// cost does not grow with the number of contacts ever registered. Counts only — no names, ID
// numbers or record ids leave this module.
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/user";
import { readDb } from "@/lib/db";
import { todayFor, type ServiceOptions } from "@/lib/transaction";
import { parseInput } from "@/lib/validation/parse-input";
import { countyFiguresSchema } from "./schemas";
import { figuresFor, type DayFigures, type SiteFigures } from "./figures";
import { countiesInViewWithCodes } from "./scope";

/** One day's figures, with the names the first dashboard used kept for its readers. */
export interface Figures extends DayFigures {
  /** Cases confirmed on or before the date, by classification; `newOnDate` confirmed on it. */
  cases: { CONFIRMED: number; ASYMPTOMATIC: number; total: number; newOnDate: number };
  /** Scheduled tests on the date without a result. */
  testsDue: number;
  /** Active isolation sites: their rooms and the people placed in them now. */
  sites: SiteFigures;
}

export interface CountyFigures extends Figures {
  countyCode: string;
  nameZh: string;
  nameEn: string;
}

function withLegacy(f: DayFigures & { sites: SiteFigures }): Figures {
  return { ...f, cases: { ...f.casesToDate, newOnDate: f.newCases.total }, testsDue: f.tests.open };
}

/**
 * GET /api/v1/dashboard?date=&county=: figures of `date` for each county in the user's scope
 * (county staff: their own; prefecture roles: all, or the one `county` asked for), plus totals.
 */
export async function getCountyFigures(
  user: SessionUser,
  input: unknown = {},
  opts?: ServiceOptions,
): Promise<{ date: string; county: string | null; counties: CountyFigures[]; totals: Figures }> {
  assertCan(user, "dashboard:read");
  const parsed = parseInput(countyFiguresSchema, input ?? {});
  const date = parsed.date ?? todayFor(opts);
  const db = opts?.db ?? readDb();
  const { lookup, codes } = countiesInViewWithCodes(db, user, parsed.county);
  const [counties, figures] = await Promise.all([lookup, figuresFor({ countyCodes: codes, date }, { db })]);
  return {
    date,
    county: parsed.county ?? null,
    counties: figures.counties.map((f, i) => ({ ...withLegacy(f), countyCode: f.countyCode, nameZh: counties[i]!.nameZh, nameEn: counties[i]!.nameEn })),
    totals: withLegacy(figures.totals),
  };
}
