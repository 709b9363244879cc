import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/user";
import { loadCase } from "@/lib/cases/load-case";
import type { Db } from "@/lib/db";
import { validationError } from "@/lib/errors";
import { countyIssue } from "@/lib/jurisdictions/county-issue";
import { findMatches } from "@/lib/persons/match";
import { resolveRow } from "@/lib/persons/resolve-match";
import { dbFor, todayFor, type ServiceOptions } from "@/lib/transaction";
import { parseInput } from "@/lib/validation/parse-input";
import { readContact } from "./get-contact";
import { rowMatches, type RowMatches } from "./row-matches";
import { makeRegisterContactsSchema, type ContactRow } from "./schemas";

/**
 * POST /api/v1/cases/{id}/contacts/check and /api/v1/contacts/{id}/contacts/check: the matches
 * of each row before anything is saved (docs/domain.md "Identity and privacy"), with what each
 * row needs decided and which rows would be refused. Reads only; registration checks again
 * under locks, so a match appearing in between is still caught.
 */
export async function checkContactRows(
  user: SessionUser,
  source: { kind: "CASE" | "CONTACT"; id: string },
  input: unknown,
  opts?: ServiceOptions,
): Promise<{ matches: RowMatches[] }> {
  assertCan(user, "contact:write");
  const data = parseInput(makeRegisterContactsSchema(source.kind, todayFor(opts)), input);
  const db = dbFor(opts);
  const sourceCounty =
    source.kind === "CASE" ? (await loadCase(db, user, source.id)).countyCode : (await readContact(db, user, source.id)).countyCode;
  return { matches: await matchRows(db, user, sourceCounty, data.contacts) };
}

/**
 * The matches of parsed rows registered from `sourceCounty` (or each row's county), with what
 * each row needs decided: the check above and the spreadsheet import's preview
 * (lib/imports/preview-contacts.ts) answer alike. Counties out of the user's reach are refused.
 */
export async function matchRows(db: Db, user: SessionUser, sourceCounty: string, rows: ContactRow[]): Promise<RowMatches[]> {
  // Matches are only ever looked up in a county the user may write to.
  const issues = (
    await Promise.all([...new Set(rows.map((r) => r.countyCode ?? sourceCounty))].map((c) => countyIssue(db, user, c, "countyCode")))
  ).filter((i): i is NonNullable<typeof i> => i !== null);
  if (issues.length) throw validationError(issues);
  const matches = await Promise.all(
    [...new Set(rows.map((r) => r.countyCode ?? sourceCounty))].map(async (county) => {
      const idx = rows.flatMap((r, i) => ((r.countyCode ?? sourceCounty) === county ? [i] : []));
      return { idx, found: await findMatches(db, county, idx.map((i) => rows[i]!)) };
    }),
  );
  const perRow = new Array(rows.length);
  for (const { idx, found } of matches) idx.forEach((i, j) => (perRow[i] = found[j] ?? []));
  const resolutions = rows.map((row, i) => resolveRow(perRow[i], row, "CONTACT"));
  return rowMatches("contacts", perRow, resolutions);
}
