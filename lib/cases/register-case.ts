import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/user";
import { openAssists } from "@/lib/assists/open-assist";
import { recordAudit } from "@/lib/audit/record";
import { matchesError, rowMatches } from "@/lib/contacts/row-matches";
import { lockIdentities } from "@/lib/db-locks";
import { AppError, validationError } from "@/lib/errors";
import { identityKeyOf } from "@/lib/persons/identity";
import { findMatches, publicMatch } from "@/lib/persons/match";
import { resolveRow } from "@/lib/persons/resolve-match";
import { completePerson, createPerson } from "@/lib/persons/save-person";
import { countyIssue } from "@/lib/jurisdictions/county-issue";
import { toDbDate } from "@/lib/calendar";
import { inTransaction, todayFor, type ServiceOptions } from "@/lib/transaction";
import { parseInput } from "@/lib/validation/parse-input";
import { caseView, type CaseView } from "./case-view";
import { makeRegisterCaseSchema } from "./schemas";

export type RegisteredCase = CaseView & {
  matches: ReturnType<typeof publicMatch>[];
  assistRequests: Awaited<ReturnType<typeof openAssists>>;
};

/**
 * POST /api/v1/cases. The person is matched as for contacts (docs/domain.md "Identity and
 * privacy"): a person this county already holds as a case is refused (ALREADY_A_CASE), one
 * under a contact plan here too (ACTIVE_CONTACT: the positive result belongs on the contact,
 * where it escalates); a name + phone suggestion must be decided; another county managing the
 * person gets a 协查 while this county keeps its own record. Nothing typed is lost: a refusal
 * saves nothing and the form keeps the values.
 */
export async function registerCase(user: SessionUser, input: unknown, opts?: ServiceOptions): Promise<RegisteredCase> {
  assertCan(user, "case:write");
  const data = parseInput(makeRegisterCaseSchema(todayFor(opts)), input);
  return inTransaction(opts, async (tx) => {
    const issue = await countyIssue(tx, user, data.countyCode, "countyCode");
    if (issue) throw validationError([issue]);
    const key = identityKeyOf(data.idType, data.idNumber);
    if (key) await lockIdentities(tx, data.countyCode, [key]);
    const [matches = []] = await findMatches(tx, data.countyCode, [data]);
    const resolution = resolveRow(matches, data, "CASE");
    const all = rowMatches("", [matches], [resolution]);
    if (resolution.action === "REFUSE") {
      throw new AppError(resolution.code, resolution.key, resolution.values, [{ path: resolution.field, key: resolution.key, values: resolution.values }], { matches: all });
    }
    if (resolution.action === "ASK") throw matchesError(all, 1);
    if (resolution.action === "MERGE") throw new Error("a case is never merged into a contact plan");
    const person =
      resolution.action === "USE"
        ? await completePerson(tx, await tx.person.findUniqueOrThrow({ where: { id: resolution.personId } }), data)
        : await createPerson(tx, data.countyCode, data);
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
    await recordAudit(tx, { actor: user, action: "case.register", entity: "Case", entityId: created.id, countyCode: created.countyCode, after: view });
    const assistRequests = await openAssists(
      tx,
      user,
      { fromPersonId: person.id, fromCountyCode: person.countyCode, fromCaseId: created.id, sourceKind: data.classification, sourceDate: data.confirmedDate },
      matches,
    );
    return { ...view, matches: matches.map(publicMatch), assistRequests };
  });
}
