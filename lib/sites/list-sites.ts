import { assertCan } from "@/lib/auth/permissions";
import { countyScope } from "@/lib/auth/scope";
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
  const county = countyScope(user).countyCode ?? null;
  const rows = await dbFor(opts).$queryRaw<SiteRow[]>`
    SELECT s.*, count(*) OVER ()::int AS "total",
      (SELECT count(*)::int FROM "Contact" c WHERE c."siteId" = s."id" AND c."status" = 'ACTIVE') AS "occupancy"
    FROM "IsolationSite" s
    WHERE (${county}::text IS NULL OR s."countyCode" = ${county}) AND (${f.includeInactive === true} OR s."active")
    ORDER BY s."countyCode", s."name" OFFSET ${(f.page - 1) * f.pageSize} LIMIT ${f.pageSize}`;
  // Past the last page there is no row to carry the total: count it (rare).
  const total = rows[0]?.total ?? (f.page > 1 ? await countSites(opts, county, f.includeInactive === true) : 0);
  return { items: rows.map((r) => siteView(r, r.occupancy)), page: f.page, pageSize: f.pageSize, total };
}

function countSites(opts: ServiceOptions | undefined, countyCode: string | null, includeInactive: boolean): Promise<number> {
  return dbFor(opts).isolationSite.count({ where: { ...(countyCode ? { countyCode } : {}), ...(includeInactive ? {} : { active: true }) } });
}
