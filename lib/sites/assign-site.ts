import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/user";
import { recordAudit } from "@/lib/audit/record";
import { lockContact } from "@/lib/contacts/lock-contact";
import { lockSiteRow } from "@/lib/db-locks";
import { readContact } from "@/lib/contacts/get-contact";
import { conflict, ruleViolation } from "@/lib/errors";
import { inTransaction, type ServiceOptions } from "@/lib/transaction";
import { parseInput } from "@/lib/validation/parse-input";
import { loadSite } from "./load-site";
import { assignSiteSchema } from "./schemas";

/**
 * Puts an ACTIVE contact in a site of its county, moves it, or (siteId null) takes it out.
 * Capacity holds under concurrency: the site row is locked before its occupants are counted,
 * so of two assignments to the last free room exactly one succeeds. A `version` older than the
 * contact's is 409 STALE, for the API as for the pages.
 */
export async function assignSite(user: SessionUser, contactId: string, input: unknown, opts?: ServiceOptions) {
  assertCan(user, "site:write");
  const data = parseInput(assignSiteSchema, input);
  return inTransaction(opts, async (tx) => {
    const contact = await lockContact(tx, user, contactId, { bump: true, requireActive: true, expectedVersion: data.version });
    if (data.siteId !== null && data.siteId !== contact.siteId) {
      const site = await loadSite(tx, user, data.siteId);
      if (site.countyCode !== contact.countyCode) throw ruleViolation("siteOtherCounty", { county: site.countyCode }, "siteId");
      if (!site.active) throw ruleViolation("siteInactive", { name: site.name }, "siteId");
      await lockSiteRow(tx, site.id);
      const { capacity } = await tx.isolationSite.findUniqueOrThrow({ where: { id: site.id }, select: { capacity: true } });
      const occupancy = await tx.contact.count({ where: { siteId: site.id, status: "ACTIVE" } });
      if (occupancy >= capacity) throw conflict("siteFull", { capacity, name: site.name });
    }
    if (data.siteId !== contact.siteId) {
      await tx.contact.update({ where: { id: contact.id }, data: { siteId: data.siteId } });
      await recordAudit(tx, {
        actor: user,
        action: "contact.assign_site",
        entity: "Contact",
        entityId: contact.id,
        countyCode: contact.countyCode,
        before: { siteId: contact.siteId },
        after: { siteId: data.siteId },
      });
    }
    return readContact(tx, user, contact.id);
  });
}
