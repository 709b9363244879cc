import { z } from "zod";
import type { SessionUser } from "@/lib/auth/user";
import { inTransaction, type ServiceOptions } from "@/lib/transaction";
import { parseInput } from "@/lib/validation/parse-input";
import { lockContact } from "./lock-contact";

const versionSchema = z.object({ version: z.number().int().min(1).optional() });

/**
 * Runs a contact service only if the contact is still at the version the editor read: the
 * check takes the contact's row lock and the service runs in the same transaction, so no one
 * can change the record in between. A mismatch is 409 STALE. Without a version (e.g. a
 * one-click action from the task list) the service simply runs.
 */
export async function withContactVersion<T>(
  user: SessionUser,
  contactId: string,
  version: unknown,
  service: (opts: ServiceOptions) => Promise<T>,
  opts?: ServiceOptions,
): Promise<T> {
  const expected = parseInput(versionSchema, { version: version ?? undefined }).version;
  if (expected === undefined) return service(opts ?? {});
  return inTransaction(opts, async (tx) => {
    await lockContact(tx, user, contactId, { expectedVersion: expected });
    return service({ ...opts, db: tx });
  });
}
