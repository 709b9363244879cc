import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/user";
import { recordAudit } from "@/lib/audit/record";
import { findOrCreatePerson } from "@/lib/persons/find-or-create-person";
import { countyIssue } from "@/lib/jurisdictions/county-issue";
import { toDbDate } from "@/lib/calendar";
import { validationError } from "@/lib/errors";
import { inTransaction, todayFor, type ServiceOptions } from "@/lib/transaction";
import { parseInput } from "@/lib/validation/parse-input";
import { caseView, type CaseView } from "./case-view";
import { makeRegisterCaseSchema } from "./schemas";

/** POST /api/v1/cases: the person is linked if already known (ID number, then name + phone). */
export async function registerCase(user: SessionUser, input: unknown, opts?: ServiceOptions): Promise<CaseView> {
  assertCan(user, "case:write");
  const data = parseInput(makeRegisterCaseSchema(todayFor(opts)), input);
  return inTransaction(opts, async (tx) => {
    const issue = await countyIssue(tx, user, data.countyCode, "countyCode");
    if (issue) throw validationError([issue]);
    const { person } = await findOrCreatePerson(tx, data);
    const created = await tx.case.create({
      data: {
        personId: person.id,
        countyCode: data.countyCode,
        classification: data.classification,
        onsetDate: data.onsetDate ? toDbDate(data.onsetDate) : null,
        firstPositiveDate: data.firstPositiveDate ? toDbDate(data.firstPositiveDate) : null,
        confirmedDate: toDbDate(data.confirmedDate),
        currentLocation: data.currentLocation ?? null,
        notes: data.notes ?? null,
      },
      include: { person: true },
    });
    const view = caseView(user, created);
    await recordAudit(tx, { actor: user, action: "case.create", entity: "Case", entityId: created.id, countyCode: created.countyCode, after: view });
    return view;
  });
}
