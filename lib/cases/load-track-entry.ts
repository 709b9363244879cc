import type { Prisma } from "@/lib/db";
import { countyScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/user";
import { assertId, notFound } from "@/lib/errors";

/** A live track entry of a case in scope; removed entries and other counties' are not found. */
export async function loadTrackEntry(tx: Prisma.TransactionClient, user: SessionUser, entryId: unknown) {
  assertId(entryId);
  const entry = await tx.caseTrackEntry.findFirst({
    where: { id: entryId, removedAt: null, case: countyScope(user) },
    include: { case: { select: { id: true, countyCode: true } } },
  });
  if (!entry) throw notFound();
  return entry;
}
