// A 协查 as each side sees it (docs/domain.md "Identity and privacy"): the requesting county
// sees its own record and the answer; the receiving county sees its own record, the exposure
// and who asked — never the other county's personal data.
import type { SessionUser } from "@/lib/auth/user";
import type { Db } from "@/lib/db";
import type { AssistRequest, Person } from "@/lib/generated/prisma/client";
import { personView } from "@/lib/persons/person-view";
import { fromDbDateOrNull } from "@/lib/calendar";

export type AssistRow = AssistRequest & { fromPerson: Person; toPerson: Person };

export type AssistDirection = "INCOMING" | "OUTGOING" | "OVERSIGHT";

export function directionFor(user: SessionUser, a: Pick<AssistRequest, "fromCountyCode" | "toCountyCode">): AssistDirection {
  if (user.countyCode && a.toCountyCode === user.countyCode) return "INCOMING";
  if (user.countyCode && a.fromCountyCode === user.countyCode) return "OUTGOING";
  return "OVERSIGHT";
}

export interface OwnRecord {
  person: ReturnType<typeof personView>;
  contactId: string | null;
  caseId: string | null;
}

/** The viewer's own records of the person: what this county manages now. */
export async function ownRecord(db: Db, user: SessionUser, a: AssistRow): Promise<OwnRecord | null> {
  const direction = directionFor(user, a);
  if (direction === "OVERSIGHT") return null;
  const person = direction === "INCOMING" ? a.toPerson : a.fromPerson;
  const [contact, openCase] = await Promise.all([
    direction === "OUTGOING" && a.fromContactId
      ? { id: a.fromContactId }
      : db.contact.findFirst({ where: { personId: person.id, status: "ACTIVE" }, select: { id: true } }),
    direction === "OUTGOING" && a.fromCaseId
      ? { id: a.fromCaseId }
      : db.case.findFirst({ where: { personId: person.id, status: "UNDER_TREATMENT" }, select: { id: true } }),
  ]);
  return { person: personView(user, person), contactId: contact?.id ?? null, caseId: openCase?.id ?? null };
}

export function assistView(user: SessionUser, a: AssistRow, own: OwnRecord | null) {
  const direction = directionFor(user, a);
  return {
    id: a.id,
    direction,
    fromCountyCode: a.fromCountyCode,
    toCountyCode: a.toCountyCode,
    /** What kind of registration asked: a contact (with its exposure) or a case. */
    subject: a.fromCaseId ? ("CASE" as const) : ("CONTACT" as const),
    exposure: {
      category: a.category,
      lastExposureDate: fromDbDateOrNull(a.lastExposureDate),
      identifiedDate: fromDbDateOrNull(a.identifiedDate),
      exposureSetting: a.exposureSetting,
      sourceKind: a.sourceKind,
      sourceDate: fromDbDateOrNull(a.sourceDate),
    },
    requestedByName: a.requestedByName,
    requestedAt: a.requestedAt.toISOString(),
    status: a.status,
    managingCountyCode: a.managingCountyCode,
    answeredByName: a.answeredByName,
    answeredAt: a.answeredAt?.toISOString() ?? null,
    // The note stays with the county that wrote it.
    answerNote: direction === "INCOMING" ? a.answerNote : null,
    own,
    version: a.version,
  };
}
export type AssistView = ReturnType<typeof assistView>;
