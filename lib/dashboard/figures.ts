// The dashboard's figures for a set of counties, from the maintained facts only (flat cost;
// docs/decisions/0007-dashboard-facts.md). No user, no permission check: callers (the dashboard
// services, the daily bulletin) decide the counties. Counts only, no personal data.
import { readDb, type Db } from "@/lib/db";
import { readFacts, foldFacts, type DayFigures } from "./facts";

export type { DayFigures } from "./facts";

export interface SiteFigures {
  count: number;
  capacity: number;
  occupancy: number;
}

export interface FiguresArgs {
  countyCodes: string[];
  date: string;
}

export interface SeriesArgs {
  countyCodes: string[];
  from: string;
  to: string;
}

/** Active sites and their rooms by county: reference data, a few rows per county. */
async function siteCapacity(db: Db, countyCodes: string[]): Promise<Map<string, { count: number; capacity: number }>> {
  const groups = await db.isolationSite.groupBy({
    by: ["countyCode"],
    where: { countyCode: { in: countyCodes }, active: true },
    _count: { _all: true },
    _sum: { capacity: true },
  });
  return new Map(groups.map((g) => [g.countyCode, { count: g._count._all, capacity: g._sum.capacity ?? 0 }]));
}

/**
 * The figures of `date` for each county of `countyCodes` and their total (the bulletin and the
 * dashboard read the same numbers from here).
 */
export async function figuresFor(
  args: FiguresArgs,
  opts: { db?: Db } = {},
): Promise<{ date: string; counties: (DayFigures & { countyCode: string; sites: SiteFigures })[]; totals: DayFigures & { sites: SiteFigures } }> {
  const db = opts.db ?? readDb();
  const [rows, sites] = await Promise.all([readFacts(db, args.countyCodes, args.date, args.date), siteCapacity(db, args.countyCodes)]);
  const counties = args.countyCodes.map((countyCode) => {
    const f = foldFacts(
      rows.filter((r) => r.countyCode === countyCode),
      args.date,
      args.date,
    )[0]!;
    const s = sites.get(countyCode) ?? { count: 0, capacity: 0 };
    return { countyCode, ...f, sites: { ...s, occupancy: f.occupancy } };
  });
  const totals = foldFacts(rows, args.date, args.date)[0]!;
  const sum = (k: "count" | "capacity") => counties.reduce((a, c) => a + c.sites[k], 0);
  return { date: args.date, counties, totals: { ...totals, sites: { count: sum("count"), capacity: sum("capacity"), occupancy: totals.occupancy } } };
}

/**
 * One point per day of [from, to] for the counties together, and with `byCounty` for each
 * county too (the epidemic curve by county).
 */
export async function seriesFor(
  args: SeriesArgs & { byCounty?: boolean },
  opts: { db?: Db } = {},
): Promise<{ from: string; to: string; points: DayFigures[]; counties?: { countyCode: string; points: DayFigures[] }[] }> {
  const db = opts.db ?? readDb();
  // Totals summed in SQL; each county's points (byCounty) without the hours histogram, so their
  // tracing median is null — the totals carry it.
  const [rows, perCounty] = await Promise.all([
    readFacts(db, args.countyCodes, args.from, args.to, true),
    args.byCounty ? readFacts(db, args.countyCodes, args.from, args.to, false, false) : Promise.resolve([]),
  ]);
  const points = foldFacts(rows, args.from, args.to);
  if (!args.byCounty) return { from: args.from, to: args.to, points };
  const counties = args.countyCodes.map((countyCode) => ({
    countyCode,
    points: foldFacts(
      perCounty.filter((r) => r.countyCode === countyCode),
      args.from,
      args.to,
    ),
  }));
  return { from: args.from, to: args.to, points, counties };
}
