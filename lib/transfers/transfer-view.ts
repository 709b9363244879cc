// A transfer as each side sees it (docs/domain.md "Identity and privacy"): before acceptance
// the receiving county sees the person masked (enough to recognise whom it takes on) and the
// plan; after acceptance the sending county sees no personal data any more.
import type { SessionUser } from "@/lib/auth/user";
import type { Contact, IsolationPlan, Person, TransferRequest } from "@/lib/generated/prisma/client";
import { fromDbDate } from "@/lib/calendar";
import { maskName, maskTail } from "@/lib/privacy/mask";
import { personView } from "@/lib/persons/person-view";

export type TransferRow = TransferRequest & { contact: Contact & { person: Person; plans: Pick<IsolationPlan, "releaseDate">[] } };

export function transferView(user: SessionUser, t: TransferRow) {
  const direction = user.countyCode && t.toCountyCode === user.countyCode ? "INCOMING" : user.countyCode && t.fromCountyCode === user.countyCode ? "OUTGOING" : "OVERSIGHT";
  const holder = t.contact.countyCode === user.countyCode;
  const person = holder
    ? personView(user, t.contact.person)
    : direction === "INCOMING"
      ? { name: maskName(t.contact.person.name), idNumber: maskTail(t.contact.person.idNumber, 4), masked: true }
      : null;
  return {
    id: t.id,
    direction,
    contactId: holder ? t.contactId : direction === "INCOMING" ? t.contactId : null,
    fromCountyCode: t.fromCountyCode,
    toCountyCode: t.toCountyCode,
    category: t.contact.category,
    releaseDate: t.contact.plans[0] ? fromDbDate(t.contact.plans[0].releaseDate) : null,
    // The reason is the sender's words for the receiver; after the hand-over it is the receiver's record.
    reason: direction === "OVERSIGHT" ? null : t.reason,
    person,
    requestedByName: t.requestedByName,
    requestedAt: t.requestedAt.toISOString(),
    status: t.status,
    answeredByName: t.answeredByName,
    answeredAt: t.answeredAt?.toISOString() ?? null,
    answerNote: direction === "INCOMING" ? t.answerNote : null,
  };
}
export type TransferView = ReturnType<typeof transferView>;
