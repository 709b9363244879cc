import { assertCan } from "@/lib/auth/permissions";
import { countyScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/user";
import { prisma, Prisma, readDb, type Db } from "@/lib/db";
import { toDbDate, todayOf } from "@/lib/calendar";
import { siteLoad } from "@/lib/isolation/alerts";
import { flagged, freshSql, readStored, withoutJit } from "./today-query";

export interface CountyAlerts {
  countyCode: string;
  symptomatic: number;
  placement: number;
  releaseOverdue: number;
  missedChecks: number;
  /** Sites at ≥ 90 % of capacity (over capacity included), and those over it. */
  sitesNearFull: number;
  sitesOver: number;
}

type PeopleCounts = { countyCode: string; symptomatic: number; placement: number; releaseOverdue: number; missedChecks: number };

/**
 * The current day's counts, kept per county beside the stored rows (TodayCount): thirteen rows
 * read in one statement when the rows are up to date, otherwise after bringing them up to date
 * (docs/decisions/0026-today-cache.md). Counting every stored row took 140 ms at 1M contacts.
 */
async function storedCounts(db: Db, countyCodes: string[], date: string, day: Date): Promise<PeopleCounts[]> {
  const statement = Prisma.sql`WITH ${freshSql(day, { countyCodes })}
    SELECT fresh."fresh", c."countyCode", c."symptomatic", c."placement", c."releaseOverdue", c."missedChecks"
    FROM fresh LEFT JOIN "TodayCount" c ON c."countyCode" = ANY(${countyCodes}::text[])`;
  const rows = await readStored<PeopleCounts & { fresh: boolean }>(db, statement, async () => countyCodes, date, day);
  return rows.filter((r) => r.countyCode !== null);
}

/** Another day's counts, computed from every person's flags on that day. */
function liveCounts(db: Db, countyCodes: string[], day: Date): Promise<PeopleCounts[]> {
  return withoutJit<PeopleCounts[]>(
    db,
    Prisma.sql`
    WITH ${flagged(day, { countyCodes })}
    SELECT "countyCode", count(*) FILTER (WHERE "symptomatic")::int AS "symptomatic", count(*) FILTER (WHERE "placement")::int AS "placement",
           count(*) FILTER (WHERE "releaseOverdue")::int AS "releaseOverdue", count(*) FILTER (WHERE "missedChecks")::int AS "missedChecks"
    FROM r WHERE "rank" IS NOT NULL GROUP BY "countyCode"`,
  );
}

/**
 * The alerts of Today as counts per county (docs/decisions/0022-today-by-person.md), for the
 * dashboard: two set queries whatever the number of counties. Counts only, no personal data.
 */
export async function alertCounts(countyCodes: string[], date: string, given?: Db, today: string = todayOf()): Promise<CountyAlerts[]> {
  if (countyCodes.length === 0) return [];
  const day = toDbDate(date);
  // The current day reads the rows kept per county, on the primary (ADR 0026); another day is computed.
  const stored = date === today;
  const db = given ?? (stored ? prisma() : readDb());
  const [people, sites] = await Promise.all([
    stored ? storedCounts(db, countyCodes, date, day) : liveCounts(db, countyCodes, day),
    db.$queryRaw<{ countyCode: string; capacity: number; occupancy: number }[]>`
      SELECT s."countyCode", s."capacity", (SELECT count(*)::int FROM "Contact" c WHERE c."siteId" = s."id" AND c."status" = 'ACTIVE') AS "occupancy"
      FROM "IsolationSite" s WHERE s."active" AND s."countyCode" = ANY(${countyCodes}::text[])`,
  ]);
  const byCounty = new Map(people.map((p) => [p.countyCode, p]));
  return countyCodes.map((countyCode) => {
    const p = byCounty.get(countyCode);
    const loads = sites.filter((s) => s.countyCode === countyCode).map((s) => siteLoad(s.occupancy, s.capacity));
    return {
      countyCode,
      symptomatic: p?.symptomatic ?? 0,
      placement: p?.placement ?? 0,
      releaseOverdue: p?.releaseOverdue ?? 0,
      missedChecks: p?.missedChecks ?? 0,
      sitesNearFull: loads.filter((l) => l !== null).length,
      sitesOver: loads.filter((l) => l === "OVER").length,
    };
  });
}

/** The counties of the user's scope, then their alerts. */
export async function alertCountsFor(user: SessionUser, date: string, given?: Db): Promise<CountyAlerts[]> {
  assertCan(user, "dashboard:read");
  const scope = countyScope(user);
  const counties = await (given ?? readDb()).jurisdiction.findMany({ where: { level: "COUNTY", active: true, ...(scope.countyCode ? { code: scope.countyCode } : {}) }, select: { code: true }, orderBy: { code: "asc" } });
  return alertCounts(counties.map((c) => c.code), date, given);
}
