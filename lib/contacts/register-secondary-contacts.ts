import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/user";
import { AppError, ruleViolation } from "@/lib/errors";
import { fromDbDate } from "@/lib/calendar";
import { inTransaction, todayFor, type ServiceOptions } from "@/lib/transaction";
import { parseInput } from "@/lib/validation/parse-input";
import { secondaryExposureBeforeSource } from "@/lib/validation/plausibility";
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

    // docs/decisions/0022-today-by-person.md: an exposure to the close contact before the close
    // contact's own last exposure is unlikely; the user confirms it (confirmWarnings) or fixes it.
    const sourceExposure = fromDbDate(source.lastExposureDate);
    const early = data.contacts.flatMap((row, i) => (secondaryExposureBeforeSource(row.lastExposureDate, sourceExposure) ? [i] : []));
    if (early.length && !data.confirmWarnings) {
      const key = "registry.errors.secondaryBeforeSource";
      const values = { date: sourceExposure };
      throw new AppError("CONFIRM_WARNINGS", key, values, early.map((i) => ({ path: `contacts.${i}.lastExposureDate`, key, values })), { warnings: early.map((row) => ({ row, key: "secondaryBeforeSource", sourceLastExposureDate: sourceExposure })) });
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
