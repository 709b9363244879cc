import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/user";
import { fromDbDate } from "@/lib/calendar";
import { personName } from "@/lib/privacy/mask";
import { dbFor, type ServiceOptions } from "@/lib/transaction";
import { loadSite } from "./load-site";
import { siteView } from "./site-view";

/** A site with its occupants (the ACTIVE contacts assigned to it). */
export async function getSite(user: SessionUser, siteId: string, opts?: ServiceOptions) {
  assertCan(user, "site:read");
  const db = dbFor(opts);
  const site = await loadSite(db, user, siteId);
  const occupants = await db.contact.findMany({
    where: { siteId: site.id, status: "ACTIVE" },
    include: { person: { select: { name: true } }, plans: { where: { active: true }, select: { releaseDate: true } } },
    orderBy: [{ identifiedDate: "asc" }, { id: "asc" }],
  });
  return {
    ...siteView(site, occupants.length),
    occupants: occupants.map((c) => ({
      contactId: c.id,
      personName: personName(user, c.person.name),
      category: c.category,
      releaseDate: c.plans[0] ? fromDbDate(c.plans[0].releaseDate) : null,
    })),
  };
}
