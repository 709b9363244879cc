import type { SessionUser } from "@/lib/auth/user";
import type { Case, CaseTrackEntry, Person } from "@/lib/generated/prisma/client";
import { personView } from "@/lib/persons/person-view";
import { fromDbDate, fromDbDateOrNull } from "@/lib/calendar";
import { seesFull } from "@/lib/privacy/mask";

export function trackEntryView(e: CaseTrackEntry) {
  return { id: e.id, date: fromDbDate(e.date), place: e.place, activity: e.activity };
}

export function caseView(user: SessionUser, c: Case & { person: Person }) {
  const full = seesFull(user);
  return {
    id: c.id,
    person: personView(user, c.person),
    name: personView(user, c.person).name,
    countyCode: c.countyCode,
    classification: c.classification,
    onsetDate: fromDbDateOrNull(c.onsetDate),
    firstPositiveDate: fromDbDateOrNull(c.firstPositiveDate),
    confirmedDate: fromDbDate(c.confirmedDate),
    currentLocation: full ? c.currentLocation : null,
    status: c.status,
    notes: full ? c.notes : null,
    sourceContactId: c.sourceContactId,
    version: c.version,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}
export type CaseView = ReturnType<typeof caseView>;
