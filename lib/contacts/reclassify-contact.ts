import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/user";
import { recordAudit } from "@/lib/audit/record";
import { toDbDate } from "@/lib/calendar";
import { inTransaction, todayFor, type ServiceOptions } from "@/lib/transaction";
import { parseInput } from "@/lib/validation/parse-input";
import { readContact } from "./get-contact";
import { lockContact } from "./lock-contact";
import { makeReclassifySchema } from "./schemas";

/**
 * Ends a contact's plan early (e.g. the source case was ruled out). The only way to end a plan
 * before its release date: a role with "contact:reclassify", a reason, an audit event. The plan
 * stays as it was (the record of what was ordered); the contact's status ends it, and every
 * task and list of running plans looks at ACTIVE contacts only.
 */
export async function reclassifyContact(user: SessionUser, contactId: string, input: unknown, opts?: ServiceOptions) {
  assertCan(user, "contact:reclassify");
  const today = todayFor(opts);
  const data = parseInput(makeReclassifySchema(today), input);
  return inTransaction(opts, async (tx) => {
    const contact = await lockContact(tx, user, contactId, { bump: true, requireActive: true, expectedVersion: data.version });
    const date = data.date ?? today;
    await tx.contact.update({
      where: { id: contact.id },
      data: { status: "ENDED_EARLY", statusDate: toDbDate(date), statusReason: data.reason },
    });
    await recordAudit(tx, {
      actor: user,
      action: "contact.reclassify",
      entity: "Contact",
      entityId: contact.id,
      countyCode: contact.countyCode,
      before: { status: contact.status },
      after: { status: "ENDED_EARLY", statusDate: date, reason: data.reason },
    });
    return readContact(tx, user, contact.id);
  });
}
