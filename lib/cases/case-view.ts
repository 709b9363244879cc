import type { SessionUser } from "@/lib/auth/user";
import type { Case, CaseTrackEntry, Person } from "@/lib/generated/prisma/client";
import { personView } from "@/lib/persons/person-view";
import { fromDbDate, fromDbDateOrNull } from "@/lib/calendar";
import { freeText } from "@/lib/privacy/mask";

/** A movement-track entry; places and activities are free text, withheld from masked viewers. */
export function trackEntryView(user: SessionUser, e: CaseTrackEntry) {
  return { id: e.id, date: fromDbDate(e.date), ...freeText(user, { place: e.place, activity: e.activity }) };
}

export function caseView(user: SessionUser, c: Case & { person: Person }) {
  const text = freeText(user, { currentLocation: c.currentLocation, notes: c.notes });
  return {
    id: c.id,
    person: personView(user, c.person),
    name: personView(user, c.person).name,
    countyCode: c.countyCode,
    classification: c.classification,
    onsetDate: fromDbDateOrNull(c.onsetDate),
    firstPositiveDate: fromDbDateOrNull(c.firstPositiveDate),
    confirmedDate: fromDbDate(c.confirmedDate),
    currentLocation: text.currentLocation,
    status: c.status,
    notes: text.notes,
    hidden: text.hidden,
    sourceContactId: c.sourceContactId,
    mergedIntoId: c.mergedIntoId,
    assignedToId: c.assignedToId,
    version: c.version,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}
export type CaseView = ReturnType<typeof caseView>;
