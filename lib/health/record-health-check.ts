import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/user";
import { recordAudit } from "@/lib/audit/record";
import { healthCheckView } from "@/lib/contacts/contact-view";
import { lockContact } from "@/lib/contacts/lock-contact";
import { toDbDate } from "@/lib/calendar";
import { conflict } from "@/lib/errors";
import { inTransaction, todayFor, type ServiceOptions } from "@/lib/transaction";
import { parseInput } from "@/lib/validation/parse-input";
import { makeRecordHealthCheckSchema } from "./schemas";

/** Records a twice-daily health check; a second check for the same date and slot is 409. */
export async function recordHealthCheck(user: SessionUser, contactId: string, input: unknown, opts?: ServiceOptions) {
  assertCan(user, "health:write");
  const data = parseInput(makeRecordHealthCheckSchema(todayFor(opts)), input);
  return inTransaction(opts, async (tx) => {
    // The row lock serializes checks of one contact, so the duplicate test below is exact.
    const contact = await lockContact(tx, user, contactId, { requireActive: true });
    const date = toDbDate(data.date);
    const existing = await tx.healthCheck.findUnique({ where: { contactId_date_slot: { contactId: contact.id, date, slot: data.slot } } });
    if (existing) throw conflict("healthCheckDuplicate", { date: data.date, slot: data.slot });
    const row = await tx.healthCheck.create({
      data: {
        contactId: contact.id,
        date,
        slot: data.slot,
        temperature: data.temperature,
        symptoms: data.symptoms,
        note: data.note ?? null,
        createdById: user.id,
      },
    });
    const view = healthCheckView(user, row);
    await recordAudit(tx, { actor: user, action: "health_check.record", entity: "HealthCheck", entityId: row.id, countyCode: contact.countyCode, after: { contactId: contact.id, ...view } });
    return view;
  });
}
