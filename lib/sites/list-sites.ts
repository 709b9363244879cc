import { assertCan } from "@/lib/auth/permissions";
import { countyScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/user";
import type { Page } from "@/lib/validation/fields";
import { dbFor, type ServiceOptions } from "@/lib/transaction";
import { parseInput } from "@/lib/validation/parse-input";
import { occupancyOf, siteView, type SiteView } from "./site-view";
import { listSitesSchema } from "./schemas";

export async function listSites(user: SessionUser, input: unknown = {}, opts?: ServiceOptions): Promise<Page<SiteView>> {
  assertCan(user, "site:read");
  const f = parseInput(listSitesSchema, input ?? {});
  const db = dbFor(opts);
  const where = { ...countyScope(user), ...(f.includeInactive ? {} : { active: true }) };
  const [total, sites] = await Promise.all([
    db.isolationSite.count({ where }),
    db.isolationSite.findMany({ where, orderBy: [{ countyCode: "asc" }, { name: "asc" }], skip: (f.page - 1) * f.pageSize, take: f.pageSize }),
  ]);
  const occupancy = await occupancyOf(db, sites.map((s) => s.id));
  return { items: sites.map((s) => siteView(s, occupancy.get(s.id) ?? 0)), page: f.page, pageSize: f.pageSize, total };
}
