import { countyScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/user";
import { Prisma, type Db } from "@/lib/db";
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
  const rows = await db.$queryRaw<{ code: string; nameZh: string; nameEn: string }[]>`
    SELECT j."code", j."nameZh", j."nameEn" FROM "Jurisdiction" j WHERE j."level" = 'COUNTY' AND ${which} ORDER BY j."code"`;
  if (county && rows.length === 0) throw notFound();
  return rows;
}
