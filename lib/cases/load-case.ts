import type { Prisma } from "@/lib/db";
import { countyScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/user";
import { assertId, notFound } from "@/lib/errors";
import type { Db } from "@/lib/db";

/** The case if it is in the user's scope; another county's case is simply not found. */
export async function loadCase(db: Db | Prisma.TransactionClient, user: SessionUser, id: unknown) {
  assertId(id);
  const found = await db.case.findFirst({ where: { id, ...countyScope(user) }, include: { person: true } });
  if (!found) throw notFound();
  return found;
}
