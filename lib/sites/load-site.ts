import { countyScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/user";
import type { Db, Prisma } from "@/lib/db";
import { assertId, notFound } from "@/lib/errors";

export async function loadSite(db: Db | Prisma.TransactionClient, user: SessionUser, id: unknown) {
  assertId(id);
  const site = await db.isolationSite.findFirst({ where: { id, ...countyScope(user) } });
  if (!site) throw notFound();
  return site;
}
