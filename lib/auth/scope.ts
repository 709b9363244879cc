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

/** Whether a row of this county is inside the user's scope. */
export function inScope(user: SessionUser, countyCode: string): boolean {
  const scope = countyScope(user);
  return scope.countyCode === undefined || scope.countyCode === countyCode;
}
