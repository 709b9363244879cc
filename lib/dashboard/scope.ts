import { countyScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/user";
import { Prisma, type Db } from "@/lib/db";
import { readRows } from "@/lib/db-read";
import { notFound } from "@/lib/errors";

/**
 * The counties a dashboard request covers: the listed counties of the user's scope, or the one
 * asked for. A county outside the scope (or unknown) answers 404, as any record of another county.
 */
export async function countiesInView(db: Db, user: SessionUser, county?: string) {
  const scope = countyScope(user);
  if (county && scope.countyCode && county !== scope.countyCode) throw notFound();
  const code = county ?? scope.countyCode;
  // LISTED_COUNTY (lib/jurisdictions/counties.ts) in SQL: on every dashboard request, and the
  // query builder took ten times the statement's own time (scripts/bench/dashboard.ts).
  const which = code
    ? Prisma.sql`j."code" = ${code}`
    : Prisma.sql`(j."active" OR EXISTS (SELECT 1 FROM "Case" c WHERE c."countyCode" = j."code") OR EXISTS (SELECT 1 FROM "Contact" c WHERE c."countyCode" = j."code"))`;
  const rows = await readRows<{ code: string; nameZh: string; nameEn: string }>(
    db,
    Prisma.sql`SELECT j."code", j."nameZh", j."nameEn" FROM "Jurisdiction" j WHERE j."level" = 'COUNTY' AND ${which} ORDER BY j."code"`,
  );
  if (county && rows.length === 0) throw notFound();
  return rows;
}

/**
 * The counties in view, both as the lookup (names, 404 for a county out of scope) and as the
 * codes the facts read needs: known at once for one county, or the lookup's codes, so that the
 * facts can be read at the same time as the list (lib/dashboard/figures.ts).
 */
export function countiesInViewWithCodes(db: Db, user: SessionUser, county?: string) {
  const lookup = countiesInView(db, user, county);
  const one = county ?? countyScope(user).countyCode;
  return { lookup, codes: one ? [one] : lookup.then((cs) => cs.map((c) => c.code)) };
}
