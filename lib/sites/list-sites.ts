import { assertCan } from "@/lib/auth/permissions";
import { inCountySql, scopeCounty } from "@/lib/auth/scope";
import { Prisma } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/user";
import type { Page } from "@/lib/validation/fields";
import { dbFor, type ServiceOptions } from "@/lib/transaction";
import { parseInput } from "@/lib/validation/parse-input";
import type { IsolationSite } from "@/lib/generated/prisma/client";
import { siteView, type SiteView } from "./site-view";
import { listSitesSchema } from "./schemas";

type SiteRow = IsolationSite & { occupancy: number; total: number };

/**
 * A page of sites with their occupancy and the total, in one statement (the contact page and
 * Today ask for them on every view; docs/decisions/0028-detail-reads-in-one-statement.md).
 */
export async function listSites(user: SessionUser, input: unknown = {}, opts?: ServiceOptions): Promise<Page<SiteView>> {
  assertCan(user, "site:read");
  const f = parseInput(listSitesSchema, input ?? {});
  const db = dbFor(opts);
  const where = Prisma.sql`${inCountySql("s", scopeCounty(user))} AND (${f.includeInactive === true} OR s."active")`;
  const rows = await db.$queryRaw<SiteRow[]>`
    SELECT s.*, count(*) OVER ()::int AS "total",
      (SELECT count(*)::int FROM "Contact" c WHERE c."siteId" = s."id" AND c."status" = 'ACTIVE') AS "occupancy"
    FROM "IsolationSite" s WHERE ${where}
    ORDER BY s."countyCode", s."name" OFFSET ${(f.page - 1) * f.pageSize} LIMIT ${f.pageSize}`;
  // Past the last page there is no row to carry the total: count it (rare).
  const total = rows[0]?.total ?? (f.page > 1 ? (await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS "n" FROM "IsolationSite" s WHERE ${where}`)[0]!.n : 0);
  return { items: rows.map((r) => siteView(r, r.occupancy)), page: f.page, pageSize: f.pageSize, total };
}
