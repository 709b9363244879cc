// Isolation sites chosen in a registration batch (the grid's site column): each row's site must
// be an active site of the row's county, and the sites are locked before their occupants are
// counted, so two batches cannot both take the last rooms (as lib/sites/assign-site.ts). Rows
// beyond a site's free rooms are refused, each at its own cell; nothing is saved then.
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/user";
import type { Prisma } from "@/lib/db";
import { AppError, validationError, type FieldIssue } from "@/lib/errors";
import { occupancyOf } from "@/lib/sites/site-view";

export interface SiteRow {
  siteId?: string;
  countyCode: string;
  /** MERGE rows: the running contact the site goes to (already counted if it is there). */
  runningContactId?: string;
}

export async function checkBatchSites(tx: Prisma.TransactionClient, user: SessionUser, rows: SiteRow[]): Promise<void> {
  const ids = [...new Set(rows.flatMap((r) => (r.siteId ? [r.siteId] : [])))].sort();
  if (ids.length === 0) return;
  assertCan(user, "site:write");
  await tx.$queryRaw`SELECT 1 FROM "IsolationSite" WHERE "id" = ANY(${ids}::uuid[]) ORDER BY "id" FOR UPDATE`;
  const sites = new Map((await tx.isolationSite.findMany({ where: { id: { in: ids } } })).map((s) => [s.id, s]));
  const issues: FieldIssue[] = [];
  rows.forEach((r, i) => {
    if (!r.siteId) return;
    const site = sites.get(r.siteId);
    const path = `contacts.${i}.siteId`;
    if (!site || site.countyCode !== r.countyCode) issues.push({ path, key: "registry.errors.siteOtherCounty", values: { county: site?.countyCode ?? "" } });
    else if (!site.active) issues.push({ path, key: "registry.errors.siteInactive", values: { name: site.name } });
  });
  if (issues.length) throw validationError(issues);

  const occupancy = await occupancyOf(tx, ids);
  const running = rows.flatMap((r) => (r.siteId && r.runningContactId ? [r.runningContactId] : []));
  const alreadyThere = new Set(
    running.length
      ? (await tx.contact.findMany({ where: { id: { in: running } }, select: { id: true, siteId: true } })).map((c) => `${c.id}|${c.siteId}`)
      : [],
  );
  const full: FieldIssue[] = [];
  rows.forEach((r, i) => {
    if (!r.siteId) return;
    if (r.runningContactId && alreadyThere.has(`${r.runningContactId}|${r.siteId}`)) return;
    const site = sites.get(r.siteId)!;
    const taken = (occupancy.get(site.id) ?? 0) + 1;
    occupancy.set(site.id, taken);
    if (taken > site.capacity) full.push({ path: `contacts.${i}.siteId`, key: "registry.errors.siteFull", values: { name: site.name, capacity: site.capacity, row: i + 1 } });
  });
  if (full.length) throw new AppError("CONFLICT", full[0]!.key, full[0]!.values, full);
}
