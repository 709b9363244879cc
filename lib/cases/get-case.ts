import { assertCan } from "@/lib/auth/permissions";
import { scopeCounty } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/user";
import { contactSummary } from "@/lib/contacts/contact-view";
import { fromDbDate } from "@/lib/calendar";
import { dbFor, type ServiceOptions } from "@/lib/transaction";
import { caseView, trackEntryView } from "./case-view";
import { selectCaseDetail, type CaseContactRow } from "./case-detail-sql";
import { assertId, notFound } from "@/lib/errors";

/**
 * GET /api/v1/cases/{id}: the case, its movement track and its contacts grouped by category
 * (secondary contacts are those of the case's close contacts), read in one statement.
 */
export async function getCase(user: SessionUser, caseId: string, opts?: ServiceOptions) {
  assertCan(user, "case:read");
  assertId(caseId);
  const found = await selectCaseDetail(dbFor(opts), caseId, scopeCounty(user));
  if (!found) throw notFound();
  const { record, track, contacts } = found;
  const view = (row: CaseContactRow) => ({ ...contactSummary(user, row), releaseDate: row.releaseDate ? fromDbDate(row.releaseDate) : null });
  return {
    ...caseView(user, record),
    track: track.map((e) => trackEntryView(user, e)),
    contacts: {
      close: contacts.filter((x) => x.category === "CLOSE").map(view),
      general: contacts.filter((x) => x.category === "GENERAL").map(view),
      secondary: contacts.filter((x) => x.category === "SECONDARY").map(view),
    },
  };
}
