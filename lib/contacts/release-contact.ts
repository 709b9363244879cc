import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/user";
import { recordAudit } from "@/lib/audit/record";
import { releaseRefusal } from "@/lib/isolation/release";
import { fromDbDate, toDbDate } from "@/lib/calendar";
import { refused } from "@/lib/errors";
import { inTransaction, todayFor, type ServiceOptions } from "@/lib/transaction";
import { parseInput } from "@/lib/validation/parse-input";
import { readContact } from "./get-contact";
import { lockContact } from "./lock-contact";
import { activePlan, toEnginePlan } from "./plan-store";
import { makeReleaseSchema } from "./schemas";

/**
 * POST /api/v1/contacts/{id}/release. Refused (409, with the reason and the dates concerned)
 * before the plan's release date, or while a scheduled test has no result, only a PENDING one,
 * or a POSITIVE one. A contact identified after its release day has only the intake test, and
 * it is released once that test is negative.
 */
export async function releaseContact(user: SessionUser, contactId: string, input: unknown, opts?: ServiceOptions) {
  assertCan(user, "contact:release");
  const data = parseInput(makeReleaseSchema(todayFor(opts)), input);
  return inTransaction(opts, async (tx) => {
    const contact = await lockContact(tx, user, contactId, { bump: true, requireActive: true, expectedVersion: data.version });
    const row = await activePlan(tx, contact.id);
    if (!row) throw refused("noActivePlan");
    const plan = toEnginePlan(row);
    const results = await tx.testResult.findMany({ where: { contactId: contact.id }, select: { sampleDate: true, result: true } });
    const refusal = releaseRefusal(plan, results.map((r) => ({ date: fromDbDate(r.sampleDate), result: r.result })), data.date);
    if (refusal) throw refused(refusal.reason, refusal.values);

    await tx.contact.update({
      where: { id: contact.id },
      data: { status: "RELEASED", statusDate: toDbDate(data.date), statusReason: null },
    });
    await recordAudit(tx, {
      actor: user,
      action: "contact.release",
      entity: "Contact",
      entityId: contact.id,
      countyCode: contact.countyCode,
      before: { status: contact.status },
      after: { status: "RELEASED", statusDate: data.date, releaseDate: plan.releaseDate },
    });
    return readContact(tx, user, contact.id);
  });
}
