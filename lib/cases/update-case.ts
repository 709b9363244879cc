import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/user";
import { recordAudit } from "@/lib/audit/record";
import type { Prisma } from "@/lib/db";
import { updatePersonFields } from "@/lib/persons/update-person";
import { toDbDate } from "@/lib/calendar";
import { stale } from "@/lib/errors";
import { inTransaction, todayFor, type ServiceOptions } from "@/lib/transaction";
import { parseInput } from "@/lib/validation/parse-input";
import { caseView, type CaseView } from "./case-view";
import { loadCase } from "./load-case";
import { makeUpdateCaseSchema } from "./schemas";

const day = (d: string | undefined) => (d === undefined ? undefined : toDbDate(d));

/** Edits a case; `version` must be the one the editor read, else 409 STALE. */
export async function updateCase(user: SessionUser, caseId: string, input: unknown, opts?: ServiceOptions): Promise<CaseView> {
  assertCan(user, "case:write");
  const data = parseInput(makeUpdateCaseSchema(todayFor(opts)), input);
  return inTransaction(opts, async (tx) => {
    const before = await loadCase(tx, user, caseId);
    const patch: Prisma.CaseUpdateManyMutationInput = {
      classification: data.classification,
      onsetDate: day(data.onsetDate),
      firstPositiveDate: day(data.firstPositiveDate),
      confirmedDate: day(data.confirmedDate),
      currentLocation: data.currentLocation,
      status: data.status,
      notes: data.notes,
      version: { increment: 1 },
    };
    // The version check and the write are one statement: a parallel editor blocks on the row
    // and then finds the version moved on.
    const { count } = await tx.case.updateMany({ where: { id: before.id, version: data.version }, data: patch });
    if (count === 0) throw stale();
    await updatePersonFields(tx, user, before.person, data, before.status === "UNDER_TREATMENT" ? { caseId: before.id } : {});
    const after = await loadCase(tx, user, caseId);
    const view = caseView(user, after);
    await recordAudit(tx, {
      actor: user,
      action: "case.update",
      entity: "Case",
      entityId: after.id,
      countyCode: after.countyCode,
      before: caseView(user, before),
      after: view,
    });
    return view;
  });
}
