import type { Prisma } from "@/lib/db";
import { inScope } from "@/lib/auth/scope";
import { lockContactRow } from "@/lib/db-locks";
import type { SessionUser } from "@/lib/auth/user";
import type { Contact, Person } from "@/lib/generated/prisma/client";
import { assertId, notFound, refused, stale } from "@/lib/errors";

export interface LockOptions {
  /** Bump the optimistic-lock version (the change alters what an editor would see). */
  bump?: boolean;
  /** The version the caller read; a mismatch is 409 STALE. */
  expectedVersion?: number;
  /** Refuse (409) unless the contact is still ACTIVE. */
  requireActive?: boolean;
}

/**
 * Takes the contact's row lock (SELECT … FOR UPDATE) for the rest of the transaction and
 * returns the row as committed. Another county's contact is not found: the lock is only
 * kept on a row in the user's scope.
 */
export async function lockContact(
  tx: Prisma.TransactionClient,
  user: SessionUser,
  contactId: unknown,
  options: LockOptions = {},
): Promise<Contact & { person: Person }> {
  assertId(contactId);
  const locked = await lockContactRow(tx, contactId);
  if (!locked || !inScope(user, locked.countyCode)) throw notFound();
  if (options.expectedVersion !== undefined && locked.version !== options.expectedVersion) throw stale();
  if (options.bump) await tx.contact.update({ where: { id: contactId }, data: { version: { increment: 1 } } });
  const contact = await tx.contact.findUniqueOrThrow({ where: { id: contactId }, include: { person: true } });
  if (options.requireActive && contact.status !== "ACTIVE") throw refused("contactNotActive", { status: contact.status });
  return contact;
}
