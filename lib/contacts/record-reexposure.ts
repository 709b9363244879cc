import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/user";
import { recordAudit } from "@/lib/audit/record";
import { compareDates } from "@/lib/isolation/dates";
import { mergeReexposure, planIsolation } from "@/lib/isolation/plan";
import { currentPolicy } from "@/lib/policy/current-policy";
import { fromDbDate, toDbDate } from "@/lib/calendar";
import { ruleViolation } from "@/lib/errors";
import { inTransaction, todayFor, type ServiceOptions } from "@/lib/transaction";
import { parseInput } from "@/lib/validation/parse-input";
import { readContact } from "./get-contact";
import { lockContact } from "./lock-contact";
import { activePlan, planView, replacePlan, toEnginePlan } from "./plan-store";
import { makeReexposureSchema } from "./schemas";

/**
 * A later last exposure to the same source replans the contact (planIsolation from the new
 * date, merged with the running plan so no end date moves earlier). An earlier or equal date
 * is refused: it would not change the plan and usually means a typo.
 */
export async function recordReexposure(user: SessionUser, contactId: string, input: unknown, opts?: ServiceOptions) {
  assertCan(user, "contact:write");
  const today = todayFor(opts);
  const data = parseInput(makeReexposureSchema(today), input);
  return inTransaction(opts, async (tx) => {
    const contact = await lockContact(tx, user, contactId, { bump: true, requireActive: true });
    const previous = fromDbDate(contact.lastExposureDate);
    if (compareDates(data.lastExposureDate, previous) <= 0) {
      throw ruleViolation("reexposureNotLater", { lastExposureDate: previous }, "lastExposureDate");
    }
    const oldRow = await activePlan(tx, contact.id);
    const policy = await currentPolicy(tx);
    const fresh = planIsolation({
      category: contact.category,
      lastExposureDate: data.lastExposureDate,
      identifiedDate: data.identifiedDate ?? today,
      policy,
    });
    const merged = oldRow ? mergeReexposure(toEnginePlan(oldRow), fresh) : fresh;
    const saved = await replacePlan(tx, contact.id, merged, policy.version);
    await tx.contact.update({
      where: { id: contact.id },
      data: {
        lastExposureDate: toDbDate(data.lastExposureDate),
        exposureSetting: data.exposureSetting,
        exposureNote: data.exposureNote,
      },
    });
    await recordAudit(tx, {
      actor: user,
      action: "contact.record_reexposure",
      entity: "Contact",
      entityId: contact.id,
      countyCode: contact.countyCode,
      before: { lastExposureDate: previous, plan: oldRow ? planView(oldRow) : null },
      after: { lastExposureDate: data.lastExposureDate, plan: planView(saved) },
    });
    return readContact(tx, user, contact.id);
  });
}
