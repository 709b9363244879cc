import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/user";
import { betweenCountiesScope } from "@/lib/jurisdictions/between-counties";
import type { Prisma } from "@/lib/db";
import { assertId, notFound } from "@/lib/errors";
import type { Page } from "@/lib/validation/fields";
import { dbFor, type ServiceOptions } from "@/lib/transaction";
import { parseInput } from "@/lib/validation/parse-input";
import { assistView, ownRecord, type AssistView } from "./assist-view";
import { listAssistsSchema } from "./schemas";

/** GET /api/v1/assists: open requests first, newest first. */
export async function listAssists(user: SessionUser, input: unknown = {}, opts?: ServiceOptions): Promise<Page<AssistView>> {
  assertCan(user, "contact:read");
  const f = parseInput(listAssistsSchema, input ?? {});
  const db = dbFor(opts);
  const where: Prisma.AssistRequestWhereInput = { ...betweenCountiesScope(user, f.direction), ...(f.status ? { status: f.status } : {}) };
  const [total, rows] = await Promise.all([
    db.assistRequest.count({ where }),
    db.assistRequest.findMany({
      where,
      include: { fromPerson: true, toPerson: true },
      orderBy: [{ status: "asc" }, { requestedAt: "desc" }, { id: "asc" }],
      skip: (f.page - 1) * f.pageSize,
      take: f.pageSize,
    }),
  ]);
  const items = await Promise.all(rows.map(async (a) => assistView(user, a, await ownRecord(db, user, a))));
  return { items, page: f.page, pageSize: f.pageSize, total };
}

/** GET /api/v1/assists/{id}: 404 unless it is to or from the user's county. */
export async function getAssist(user: SessionUser, id: string, opts?: ServiceOptions): Promise<AssistView> {
  assertCan(user, "contact:read");
  assertId(id);
  const db = dbFor(opts);
  const a = await db.assistRequest.findFirst({ where: { id, ...betweenCountiesScope(user) }, include: { fromPerson: true, toPerson: true } });
  if (!a) throw notFound();
  return assistView(user, a, await ownRecord(db, user, a));
}
