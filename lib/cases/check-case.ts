import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/user";
import { rowMatches, type RowMatches } from "@/lib/contacts/row-matches";
import { validationError } from "@/lib/errors";
import { countyIssue } from "@/lib/jurisdictions/county-issue";
import { findMatches } from "@/lib/persons/match";
import { resolveRow } from "@/lib/persons/resolve-match";
import { dbFor, todayFor, type ServiceOptions } from "@/lib/transaction";
import { parseInput } from "@/lib/validation/parse-input";
import { makeRegisterCaseSchema } from "./schemas";

/** POST /api/v1/cases/check: the new-case form's matches before saving (reads only). */
export async function checkCase(user: SessionUser, input: unknown, opts?: ServiceOptions): Promise<{ matches: RowMatches[] }> {
  assertCan(user, "case:write");
  const data = parseInput(makeRegisterCaseSchema(todayFor(opts)), input);
  const db = dbFor(opts);
  const issue = await countyIssue(db, user, data.countyCode, "countyCode");
  if (issue) throw validationError([issue]);
  const [matches = []] = await findMatches(db, data.countyCode, [data]);
  return { matches: rowMatches("", [matches], [resolveRow(matches, data, "CASE")]) };
}
