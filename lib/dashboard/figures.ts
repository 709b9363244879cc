// The dashboard's figures for a set of counties, from the maintained facts only (flat cost;
// docs/decisions/0007-dashboard-facts.md). No user, no permission check: callers (the dashboard
// services, the daily bulletin) decide the counties. Counts only, no personal data.
import { Prisma, readDb, type Db } from "@/lib/db";
import { readRows } from "@/lib/db-read";
import { readFacts, foldFacts, type DayFigures } from "./facts";

export type { DayFigures } from "./facts";

export interface SiteFigures {
  count: number;
  capacity: number;
  occupancy: number;
}

/**
 * The counties to report. Either known (a county's own dashboard), or still being looked up: then
 * the facts are read for every county at the same time and narrowed to the list when it comes,
 * so a dashboard costs one round trip, not two in a row.
 */
type Counties = string[] | Promise<string[]>;

export interface FiguresArgs {
  countyCodes: Counties;
  date: string;
}

export interface SeriesArgs {
  countyCodes: Counties;
  from: string;
  to: string;
}

const known = (c: Counties) => (Array.isArray(c) ? c : null);

/** Active sites and their rooms by county: reference data, a few rows per county. */
async function siteCapacity(db: Db, countyCodes: string[] | null): Promise<Map<string, { count: number; capacity: number }>> {
  const inView = countyCodes ? Prisma.sql`AND "countyCode" = ANY(${countyCodes}::varchar[])` : Prisma.empty;
  const groups = await readRows<{ countyCode: string; count: number; capacity: number }>(
    db,
    Prisma.sql`SELECT "countyCode", count(*)::int AS "count", COALESCE(sum("capacity"), 0)::int AS "capacity"
      FROM "IsolationSite" WHERE "active" ${inView} GROUP BY 1`,
  );
  return new Map(groups.map((g) => [g.countyCode, { count: g.count, capacity: g.capacity }]));
}

/** The rows of each county asked for, in one pass (rows of other counties are left out). */
function rowsByCounty<R extends { countyCode: string }>(rows: R[], codes: string[]): Map<string, R[]> {
  const out = new Map(codes.map((c) => [c, [] as R[]]));
  for (const r of rows) out.get(r.countyCode)?.push(r);
  return out;
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
  const [all, sites, codes] = await Promise.all([readFacts(db, known(args.countyCodes), args.date, args.date), siteCapacity(db, known(args.countyCodes)), args.countyCodes]);
  const byCounty = rowsByCounty(all, codes);
  const counties = codes.map((countyCode) => {
    const f = foldFacts(byCounty.get(countyCode)!, args.date, args.date)[0]!;
    const s = sites.get(countyCode) ?? { count: 0, capacity: 0 };
    return { countyCode, ...f, sites: { ...s, occupancy: f.occupancy } };
  });
  const totals = foldFacts([...byCounty.values()].flat(), args.date, args.date)[0]!;
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
  const [rows, perCounty, codes] = await Promise.all([
    readFacts(db, known(args.countyCodes), args.from, args.to, true),
    args.byCounty ? readFacts(db, known(args.countyCodes), args.from, args.to, false, false) : Promise.resolve([]),
    args.countyCodes,
  ]);
  // Read for every county when the list was still coming: counties without cases or contacts
  // (the only ones not listed) have no facts, so the sums are those of the listed counties.
  const points = foldFacts(rows, args.from, args.to);
  if (!args.byCounty) return { from: args.from, to: args.to, points };
  const byCounty = rowsByCounty(perCounty, codes);
  const counties = codes.map((countyCode) => ({ countyCode, points: foldFacts(byCounty.get(countyCode)!, args.from, args.to) }));
  return { from: args.from, to: args.to, points, counties };
}
