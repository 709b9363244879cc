import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/user";
import { recordAudit } from "@/lib/audit/record";
import { updatePersonFields } from "@/lib/persons/update-person";
import { inTransaction, todayFor, type ServiceOptions } from "@/lib/transaction";
import { parseInput } from "@/lib/validation/parse-input";
import { contactSummary } from "./contact-view";
import { readContact } from "./get-contact";
import { lockContact } from "./lock-contact";
import { makeUpdateContactSchema } from "./schemas";

/**
 * Edits a contact's descriptive fields and its person. `version` is the one the editor read:
 * of two editors with the same version exactly one succeeds, the other gets 409 STALE.
 * Dates and category change only through re-exposure, escalation and reclassification.
 */
export async function updateContact(user: SessionUser, contactId: string, input: unknown, opts?: ServiceOptions) {
  assertCan(user, "contact:write");
  const data = parseInput(makeUpdateContactSchema(todayFor(opts)), input);
  return inTransaction(opts, async (tx) => {
    const before = await lockContact(tx, user, contactId, { expectedVersion: data.version, bump: true });
    await tx.contact.update({
      where: { id: before.id },
      data: { exposureSetting: data.exposureSetting, exposureNote: data.exposureNote },
    });
    await updatePersonFields(tx, user, before.person, data, before.status === "ACTIVE" ? { contactId: before.id } : {});
    const after = await readContact(tx, user, before.id);
    await recordAudit(tx, {
      actor: user,
      action: "contact.update",
      entity: "Contact",
      entityId: before.id,
      countyCode: before.countyCode,
      before: contactSummary(user, before),
      after: { ...after, plan: undefined, testResults: undefined, healthChecks: undefined },
    });
    return after;
  });
}
