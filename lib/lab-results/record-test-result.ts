import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/user";
import { recordAudit } from "@/lib/audit/record";
import { testResultView } from "@/lib/contacts/contact-view";
import { lockContact } from "@/lib/contacts/lock-contact";
import { fromDbDate, toDbDate } from "@/lib/calendar";
import { ruleViolation } from "@/lib/errors";
import { sampleBeforeExposure } from "@/lib/validation/plausibility";
import { inTransaction, todayFor, type ServiceOptions } from "@/lib/transaction";
import { parseInput } from "@/lib/validation/parse-input";
import { escalateContact, type Escalation } from "./escalate";
import { makeRecordTestResultSchema } from "./schemas";

export interface RecordTestResultAnswer {
  testResult: ReturnType<typeof testResultView>;
  escalation?: Escalation;
}

/**
 * POST /api/v1/contacts/{id}/test-results. A POSITIVE result escalates in the same
 * transaction: the contact becomes a case, and its secondary contacts become close contacts of
 * that case. Results are only taken for ACTIVE contacts (409 otherwise).
 */
export async function recordTestResult(
  user: SessionUser,
  contactId: string,
  input: unknown,
  opts?: ServiceOptions,
): Promise<RecordTestResultAnswer> {
  assertCan(user, "test:write");
  const today = todayFor(opts);
  const data = parseInput(makeRecordTestResultSchema(today), input);
  return inTransaction(opts, async (tx) => {
    const contact = await lockContact(tx, user, contactId, { requireActive: true, bump: data.result === "POSITIVE" });
    const lastExposure = fromDbDate(contact.lastExposureDate);
    if (sampleBeforeExposure(data.sampleDate, lastExposure)) throw ruleViolation("sampleBeforeExposure", { date: lastExposure }, "sampleDate");
    const row = await tx.testResult.create({
      data: {
        contactId: contact.id,
        sampleDate: toDbDate(data.sampleDate),
        result: data.result,
        doubleSample: data.doubleSample ?? false,
        sampleType: data.sampleType ?? null,
        lab: data.lab ?? null,
        ctOrf1ab: data.ctOrf1ab ?? null,
        ctN: data.ctN ?? null,
        createdById: user.id,
      },
    });
    const testResult = testResultView(row);
    await recordAudit(tx, {
      actor: user,
      action: "test_result.record",
      entity: "TestResult",
      entityId: row.id,
      countyCode: contact.countyCode,
      after: { contactId: contact.id, ...testResult },
    });
    if (data.result !== "POSITIVE") return { testResult };
    const escalation = await escalateContact(tx, user, contact, data, today);
    return { testResult, escalation };
  });
}
