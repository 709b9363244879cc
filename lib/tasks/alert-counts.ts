import { assertCan } from "@/lib/auth/permissions";
import { countyScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/user";
import { prisma, Prisma, readDb, type Db } from "@/lib/db";
import { toDbDate, todayOf } from "@/lib/calendar";
import { siteLoad } from "@/lib/isolation/alerts";
import { refreshToday, storedRows } from "./today-cache";
import { flagged, withoutJit } from "./today-query";

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
    withoutJit<{ countyCode: string; symptomatic: number; placement: number; releaseOverdue: number; missedChecks: number }[]>(
      db,
      Prisma.sql`
      WITH ${stored ? storedRows({ countyCodes }) : flagged(day, { countyCodes })}
      SELECT "countyCode", count(*) FILTER (WHERE "symptomatic")::int AS "symptomatic", count(*) FILTER (WHERE "placement")::int AS "placement",
             count(*) FILTER (WHERE "releaseOverdue")::int AS "releaseOverdue", count(*) FILTER (WHERE "missedChecks")::int AS "missedChecks"
      FROM r GROUP BY "countyCode"`,
      stored ? (tx) => refreshToday(tx, countyCodes, date, day) : undefined,
    ),
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
