import type { Prisma } from "@/lib/db";
import { countyScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/user";
import type { Contact, Person } from "@/lib/generated/prisma/client";
import { assertId, notFound, refused, stale } from "@/lib/registry/errors";

export interface LockOptions {
  /** Bump the optimistic-lock version (the change alters what an editor would see). */
  bump?: boolean;
  /** The version the caller read; a mismatch is 409 STALE. */
  expectedVersion?: number;
  /** Refuse (409) unless the contact is still ACTIVE. */
  requireActive?: boolean;
}

/**
 * Takes the contact's row lock for the rest of the transaction and returns the row as
 * committed. The lock is an UPDATE rather than SELECT … FOR UPDATE through $queryRaw: the same
 * row lock, but through Prisma's model API, so it follows the client's configured schema
 * (raw SQL does not — the per-file test schemas would send it to "public").
 */
export async function lockContact(
  tx: Prisma.TransactionClient,
  user: SessionUser,
  contactId: unknown,
  options: LockOptions = {},
): Promise<Contact & { person: Person }> {
  assertId(contactId);
  const scope = { id: contactId, ...countyScope(user) };
  const { count } = await tx.contact.updateMany({
    where: options.expectedVersion === undefined ? scope : { ...scope, version: options.expectedVersion },
    data: { version: { increment: options.bump ? 1 : 0 } },
  });
  if (count === 0) {
    if (options.expectedVersion !== undefined && (await tx.contact.count({ where: scope })) > 0) throw stale();
    throw notFound();
  }
  const contact = await tx.contact.findUniqueOrThrow({ where: { id: contactId }, include: { person: true } });
  if (options.requireActive && contact.status !== "ACTIVE") throw refused("contactNotActive", { status: contact.status });
  return contact;
}
