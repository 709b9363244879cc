import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/user";
import { recordAudit } from "@/lib/audit/record";
import { conflict, ruleViolation, stale } from "@/lib/errors";
import { inTransaction, type ServiceOptions } from "@/lib/transaction";
import { parseInput } from "@/lib/validation/parse-input";
import { loadSite } from "./load-site";
import { occupancyOf, siteView, type SiteView } from "./site-view";
import { updateSiteSchema } from "./schemas";

/** Edits a site (optimistic lock); capacity may not drop below the current occupancy. */
export async function updateSite(user: SessionUser, siteId: string, input: unknown, opts?: ServiceOptions): Promise<SiteView> {
  assertCan(user, "site:write");
  const data = parseInput(updateSiteSchema, input);
  return inTransaction(opts, async (tx) => {
    const found = await loadSite(tx, user, siteId);
    const { count } = await tx.isolationSite.updateMany({
      where: { id: found.id, version: data.version },
      data: { version: { increment: 1 } },
    });
    if (count === 0) throw stale();
    const before = await tx.isolationSite.findUniqueOrThrow({ where: { id: found.id } });
    const occupancy = (await occupancyOf(tx, [before.id])).get(before.id) ?? 0;
    if (data.capacity !== undefined && data.capacity < occupancy) {
      throw ruleViolation("capacityBelowOccupancy", { occupancy }, "capacity");
    }
    if (data.name && data.name !== before.name) {
      const clash = await tx.isolationSite.findUnique({ where: { countyCode_name: { countyCode: before.countyCode, name: data.name } } });
      if (clash) throw conflict("siteNameTaken", { name: data.name });
    }
    const site = await tx.isolationSite.update({
      where: { id: before.id },
      data: { name: data.name, address: data.address, capacity: data.capacity, active: data.active },
    });
    const view = siteView(site, occupancy);
    await recordAudit(tx, {
      actor: user,
      action: "site.update",
      entity: "IsolationSite",
      entityId: site.id,
      countyCode: site.countyCode,
      before: siteView(found, occupancy),
      after: view,
    });
    return view;
  });
}
