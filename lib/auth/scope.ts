import { Prisma } from "@/lib/db";
import { forbidden } from "@/lib/errors";
import type { SessionUser } from "./user";

/**
 * The Prisma `where` fragment that limits rows to what the user may see: their own county
 * for county staff, every county for prefecture-wide roles. Every query of county-owned rows
 * spreads this into its `where`, so another county's row is simply not found (404).
 */
export function countyScope(user: SessionUser): { countyCode?: string } {
  if (user.role === "COUNTY_STAFF") {
    // A staff account without a county sees nothing rather than everything.
    if (!user.countyCode) throw forbidden();
    return { countyCode: user.countyCode };
  }
  return {};
}

/** The county the user's reads are limited to, or null for every county: `countyScope` for raw SQL. */
export function scopeCounty(user: SessionUser): string | null {
  return countyScope(user).countyCode ?? null;
}

/**
 * `countyScope` in raw SQL: the row named `alias` lies in `county` (null: every county, `TRUE`).
 * Every hand-written statement over county-owned rows uses it, as model queries spread
 * `countyScope` (docs/decisions/0028-detail-reads-in-one-statement.md).
 */
export function inCountySql(alias: string, county: string | null): Prisma.Sql {
  return county ? Prisma.sql`${Prisma.raw(alias)}."countyCode" = ${county}` : Prisma.sql`TRUE`;
}

/** Whether a row of this county is inside the user's scope. */
export function inScope(user: SessionUser, countyCode: string): boolean {
  const scope = countyScope(user);
  return scope.countyCode === undefined || scope.countyCode === countyCode;
}
