import { assertCan } from "@/lib/auth/permissions";
import { scopeCounty } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/user";
import type { Db, Prisma } from "@/lib/db";
import { assertId, notFound } from "@/lib/errors";
import { dbFor, type ServiceOptions } from "@/lib/transaction";
import { contactDetail, type ContactDetail } from "./contact-view";
import { selectContactDetail } from "./contact-detail-sql";

/**
 * Reads inside a transaction too, so services can answer with the state they just wrote. One
 * statement (contact-detail-sql.ts); another county's contact is simply not found.
 */
export async function readContact(db: Db | Prisma.TransactionClient, user: SessionUser, id: unknown): Promise<ContactDetail> {
  assertId(id);
  const row = await selectContactDetail(db, id, scopeCounty(user));
  if (!row) throw notFound();
  return contactDetail(user, row);
}

/** GET /api/v1/contacts/{id} */
export async function getContact(user: SessionUser, contactId: string, opts?: ServiceOptions): Promise<ContactDetail> {
  assertCan(user, "contact:read");
  return readContact(dbFor(opts), user, contactId);
}
