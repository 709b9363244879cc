import { assertCan } from "@/lib/auth/permissions";
import { countyScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/user";
import { contactSummary } from "@/lib/contacts/contact-view";
import { fromDbDate } from "@/lib/calendar";
import { dbFor, type ServiceOptions } from "@/lib/transaction";
import { caseView, trackEntryView } from "./case-view";
import { loadCase } from "./load-case";

/**
 * GET /api/v1/cases/{id}: the case, its movement track and its contacts grouped by category
 * (secondary contacts are those of the case's close contacts).
 */
export async function getCase(user: SessionUser, caseId: string, opts?: ServiceOptions) {
  assertCan(user, "case:read");
  const db = dbFor(opts);
  const c = await loadCase(db, user, caseId);
  const include = { person: true, plans: { where: { active: true }, select: { releaseDate: true } } } as const;
  const order = [{ identifiedDate: "asc" as const }, { createdAt: "asc" as const }];
  // The case's own contacts, then the secondaries of its close contacts: two index lookups. One
  // query with OR over the relation made PostgreSQL scan every contact (seconds at 1M contacts).
  const [track, direct] = await Promise.all([
    db.caseTrackEntry.findMany({ where: { caseId: c.id, removedAt: null }, orderBy: [{ date: "asc" }, { id: "asc" }] }),
    db.contact.findMany({ where: { ...countyScope(user), sourceCaseId: c.id }, include, orderBy: order }),
  ]);
  const directIds = direct.map((x) => x.id);
  const secondaries = directIds.length
    ? await db.contact.findMany({ where: { ...countyScope(user), category: "SECONDARY", sourceContactId: { in: directIds } }, include, orderBy: order })
    : [];
  const contacts = [...direct, ...secondaries.filter((x) => !directIds.includes(x.id))];
  const view = (row: (typeof contacts)[number]) => ({
    ...contactSummary(user, row),
    releaseDate: row.plans[0] ? fromDbDate(row.plans[0].releaseDate) : null,
  });
  return {
    ...caseView(user, c),
    track: track.map((e) => trackEntryView(user, e)),
    contacts: {
      close: contacts.filter((x) => x.category === "CLOSE").map(view),
      general: contacts.filter((x) => x.category === "GENERAL").map(view),
      secondary: contacts.filter((x) => x.category === "SECONDARY").map(view),
    },
  };
}
