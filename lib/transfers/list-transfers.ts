import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/user";
import { betweenCountiesScope } from "@/lib/jurisdictions/between-counties";
import type { Prisma } from "@/lib/db";
import { assertId, notFound } from "@/lib/errors";
import type { Page } from "@/lib/validation/fields";
import { dbFor, type ServiceOptions } from "@/lib/transaction";
import { parseInput } from "@/lib/validation/parse-input";
import { listTransfersSchema } from "./schemas";
import { transferView, type TransferView } from "./transfer-view";

export const transferInclude = { contact: { include: { person: true, plans: { where: { active: true }, select: { releaseDate: true } } } } } as const;

/** GET /api/v1/transfers: open first, newest first. */
export async function listTransfers(user: SessionUser, input: unknown = {}, opts?: ServiceOptions): Promise<Page<TransferView>> {
  assertCan(user, "contact:read");
  const f = parseInput(listTransfersSchema, input ?? {});
  const db = dbFor(opts);
  const where: Prisma.TransferRequestWhereInput = { ...betweenCountiesScope(user, f.direction), ...(f.status ? { status: f.status } : {}) };
  const [total, rows] = await Promise.all([
    db.transferRequest.count({ where }),
    db.transferRequest.findMany({
      where,
      include: transferInclude,
      orderBy: [{ status: "asc" }, { requestedAt: "desc" }, { id: "asc" }],
      skip: (f.page - 1) * f.pageSize,
      take: f.pageSize,
    }),
  ]);
  return { items: rows.map((t) => transferView(user, t)), page: f.page, pageSize: f.pageSize, total };
}

export async function getTransfer(user: SessionUser, id: string, opts?: ServiceOptions): Promise<TransferView> {
  assertCan(user, "contact:read");
  assertId(id);
  const t = await dbFor(opts).transferRequest.findFirst({ where: { id, ...betweenCountiesScope(user) }, include: transferInclude });
  if (!t) throw notFound();
  return transferView(user, t);
}
