import { countyScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/user";
import type { Db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { LISTED_COUNTY } from "@/lib/jurisdictions/counties";

/**
 * The counties a dashboard request covers: the listed counties of the user's scope, or the one
 * asked for. A county outside the scope (or unknown) answers 404, as any record of another county.
 */
export async function countiesInView(db: Db, user: SessionUser, county?: string) {
  const scope = countyScope(user);
  if (county && scope.countyCode && county !== scope.countyCode) throw notFound();
  const code = county ?? scope.countyCode;
  const rows = await db.jurisdiction.findMany({
    where: code ? { level: "COUNTY", code } : LISTED_COUNTY,
    orderBy: { code: "asc" },
    select: { code: true, nameZh: true, nameEn: true },
  });
  if (county && rows.length === 0) throw notFound();
  return rows;
}
