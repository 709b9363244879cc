import { assertCan } from "@/lib/auth/permissions";
import { countyScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/user";
import type { Prisma } from "@/lib/db";
import { assertId, notFound } from "@/lib/errors";
import { dbFor, type ServiceOptions } from "@/lib/transaction";
import type { Page } from "@/lib/validation/fields";
import { parseInput } from "@/lib/validation/parse-input";
import { attemptsInclude, screeningItemView, type ScreeningItemView } from "./item-view";
import { listScreeningSchema, type ListScreeningFilter } from "./schemas";

/** The queue's filter in the caller's county scope (shared with its export, lib/exports/lists/screening.ts). */
export function screeningListWhere(user: SessionUser, f: { status: ListScreeningFilter["status"] }): Prisma.ScreeningItemWhereInput {
  return { ...countyScope(user), ...(f.status === "ALL" ? {} : { status: f.status }) };
}

/** Open items by nearest deadline; any other view newest received first. */
export function screeningListOrder(status: ListScreeningFilter["status"]): Prisma.ScreeningItemOrderByWithRelationInput[] {
  return status === "OPEN" ? [{ dueAt: "asc" }, { id: "asc" }] : [{ receivedAt: "desc" }, { id: "asc" }];
}

/** GET /api/v1/screening: the queue in scope, the nearest deadline first (open items by default). */
export async function listScreening(user: SessionUser, input: unknown = {}, opts?: ServiceOptions): Promise<Page<ScreeningItemView>> {
  assertCan(user, "contact:read");
  const f = parseInput(listScreeningSchema, input ?? {});
  const db = dbFor(opts);
  const where = screeningListWhere(user, f);
  const [total, rows] = await Promise.all([
    db.screeningItem.count({ where }),
    db.screeningItem.findMany({ where, include: attemptsInclude, orderBy: screeningListOrder(f.status), skip: (f.page - 1) * f.pageSize, take: f.pageSize }),
  ]);
  const now = opts?.now ?? new Date();
  return { items: rows.map((r) => screeningItemView(user, r, now)), page: f.page, pageSize: f.pageSize, total };
}

/** GET /api/v1/screening/{id}: another county's item is not found. */
export async function getScreeningItem(user: SessionUser, id: string, opts?: ServiceOptions): Promise<ScreeningItemView> {
  assertCan(user, "contact:read");
  assertId(id);
  const row = await dbFor(opts).screeningItem.findFirst({ where: { id, ...countyScope(user) }, include: attemptsInclude });
  if (!row) throw notFound();
  return screeningItemView(user, row, opts?.now ?? new Date());
}

/** Open items per county in scope, and how many of them are past their deadline. */
export async function openScreeningCounts(user: SessionUser, opts?: ServiceOptions): Promise<{ countyCode: string; open: number; overdue: number }[]> {
  assertCan(user, "contact:read");
  const now = opts?.now ?? new Date();
  const db = dbFor(opts);
  const where = { ...countyScope(user), status: "OPEN" as const };
  const [open, overdue] = await Promise.all([
    db.screeningItem.groupBy({ by: ["countyCode"], where, _count: { _all: true } }),
    db.screeningItem.groupBy({ by: ["countyCode"], where: { ...where, dueAt: { lt: now } }, _count: { _all: true } }),
  ]);
  const late = new Map(overdue.map((r) => [r.countyCode, r._count._all]));
  return open.map((r) => ({ countyCode: r.countyCode, open: r._count._all, overdue: late.get(r.countyCode) ?? 0 })).sort((a, b) => a.countyCode.localeCompare(b.countyCode));
}
