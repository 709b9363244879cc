import type { Db, Prisma } from "@/lib/db";
import type { IsolationSite } from "@/lib/generated/prisma/client";

export function siteView(s: IsolationSite, occupancy: number) {
  return {
    id: s.id,
    name: s.name,
    countyCode: s.countyCode,
    address: s.address,
    capacity: s.capacity,
    occupancy,
    free: Math.max(0, s.capacity - occupancy),
    active: s.active,
    version: s.version,
  };
}
export type SiteView = ReturnType<typeof siteView>;

/** Occupancy is derived: the ACTIVE contacts assigned to the site. */
export async function occupancyOf(db: Db | Prisma.TransactionClient, siteIds: string[]): Promise<Map<string, number>> {
  const groups = await db.contact.groupBy({
    by: ["siteId"],
    where: { siteId: { in: siteIds }, status: "ACTIVE" },
    _count: { _all: true },
  });
  return new Map(groups.map((g) => [g.siteId ?? "", g._count._all]));
}
