import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/user";
import { AppError, ruleViolation } from "@/lib/errors";
import { fromDbDate } from "@/lib/calendar";
import { inTransaction, todayFor, type ServiceOptions } from "@/lib/transaction";
import { parseInput } from "@/lib/validation/parse-input";
import { lockContact } from "./lock-contact";
import { registerBatch, type RegisteredContact } from "./register-batch";
import { makeRegisterContactsSchema } from "./schemas";

/**
 * POST /api/v1/contacts/{id}/contacts: secondary contacts of a CLOSE contact, all or nothing.
 * They are the responsibility of the close contact's county unless a row names another.
 */
export async function registerSecondaryContacts(
  user: SessionUser,
  contactId: string,
  input: unknown,
  opts?: ServiceOptions,
): Promise<{ contacts: RegisteredContact[] }> {
  assertCan(user, "contact:write");
  const today = todayFor(opts);
  const data = parseInput(makeRegisterContactsSchema("CONTACT", today), input);
  return inTransaction(opts, async (tx) => {
    const source = await lockContact(tx, user, contactId);
    if (source.category !== "CLOSE") {
      // A general (or secondary) contact has no secondary contacts of its own.
      const key = "registry.errors.sourceNotClose";
      throw new AppError("RULE_VIOLATION", key, { category: source.category }, [{ path: "contactId", key, values: { category: source.category } }]);
    }
    if (source.status === "BECAME_CASE") {
      const resulting = await tx.case.findUnique({ where: { sourceContactId: source.id }, select: { id: true } });
      throw ruleViolation("sourceBecameCase", { caseId: resulting?.id ?? "" }, "contactId");
    }

    const contacts = await registerBatch(
      tx,
      user,
      { kind: "CONTACT", id: source.id, countyCode: source.countyCode, personId: source.personId, identifiedDate: fromDbDate(source.identifiedDate) },
      data.contacts,
      today,
    );
    return { contacts };
  });
}
