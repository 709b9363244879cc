import type { SessionUser } from "@/lib/auth/user";
import { countyScope } from "@/lib/auth/scope";
import type { Prisma } from "@/lib/db";
import { AppError, assertId, notFound, stale } from "@/lib/errors";
import { attemptsInclude } from "./item-view";

/**
 * Locks a screening item of the user's county for the rest of the transaction and checks the
 * version the caller read (409 STALE otherwise). Another county's item is not found (404); a
 * resolved one is final (409).
 */
export async function lockItem(tx: Prisma.TransactionClient, user: SessionUser, id: string, version: number, opts: { requireOpen?: boolean } = {}) {
  assertId(id);
  const scope = countyScope(user);
  const rows = await tx.$queryRaw<{ countyCode: string }[]>`SELECT "countyCode" FROM "ScreeningItem" WHERE "id" = ${id}::uuid FOR UPDATE`;
  const row = rows[0];
  if (!row || (scope.countyCode !== undefined && scope.countyCode !== row.countyCode)) throw notFound();
  const item = await tx.screeningItem.findUniqueOrThrow({ where: { id }, include: attemptsInclude });
  if (item.version !== version) throw stale();
  if ((opts.requireOpen ?? true) && item.status !== "OPEN") throw new AppError("REFUSED", "errors.screening.alreadyResolved", { status: item.status });
  return item;
}
