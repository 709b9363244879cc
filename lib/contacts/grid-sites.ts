// The sites the entry grid offers: the county's active sites with their free rooms.
import type { SessionUser } from "@/lib/auth/user";
import { can } from "@/lib/auth/permissions";
import { listSites } from "@/lib/sites/list-sites";
import type { GridSite } from "@/components/entry-grid/columns";

export async function gridSites(user: SessionUser, countyCode: string): Promise<GridSite[]> {
  if (!can(user, "site:write")) return [];
  const page = await listSites(user, { pageSize: 200 });
  return page.items.filter((s) => s.countyCode === countyCode && s.active).map((s) => ({ id: s.id, name: s.name, capacity: s.capacity, free: s.free }));
}
