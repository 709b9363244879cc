// What the contact page says about the contact's place in the identity model (docs/domain.md
// "Identity and privacy"): the record it was merged into — linked only when that record is
// this county's, otherwise just the managing county — and the open 协查 and transfers that
// concern it. Reads only; another county's record contributes its county code, nothing more.
import { assertCan } from "@/lib/auth/permissions";
import { countyScope, inScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/user";
import { assertId, notFound } from "@/lib/errors";
import { dbFor, type ServiceOptions } from "@/lib/transaction";

export interface MergedInto {
  kind: "CONTACT" | "CASE";
  /** Null when the record belongs to another county. */
  id: string | null;
  countyCode: string;
}

export interface OpenRequest {
  id: string;
  direction: "INCOMING" | "OUTGOING";
  /** The county on the other side. */
  countyCode: string;
}

export interface ContactLinks {
  mergedInto: MergedInto | null;
  assists: OpenRequest[];
  transfer: OpenRequest | null;
}

export async function getContactLinks(user: SessionUser, contactId: string, opts?: ServiceOptions): Promise<ContactLinks> {
  assertCan(user, "contact:read");
  assertId(contactId);
  const db = dbFor(opts);
  const c = await db.contact.findFirst({
    where: { id: contactId, ...countyScope(user) },
    select: {
      id: true,
      personId: true,
      mergedIntoId: true,
      mergedIntoCaseId: true,
      mergedInto: { select: { countyCode: true } },
      mergedIntoCase: { select: { countyCode: true } },
    },
  });
  if (!c) throw notFound();
  const target = c.mergedInto && c.mergedIntoId
    ? { kind: "CONTACT" as const, id: c.mergedIntoId, countyCode: c.mergedInto.countyCode }
    : c.mergedIntoCase && c.mergedIntoCaseId
      ? { kind: "CASE" as const, id: c.mergedIntoCaseId, countyCode: c.mergedIntoCase.countyCode }
      : null;
  const mergedInto = target ? { ...target, id: inScope(user, target.countyCode) ? target.id : null } : null;

  // Requests belong to the two counties involved; prefecture roles oversee them elsewhere.
  const county = user.countyCode;
  if (!county) return { mergedInto, assists: [], transfer: null };
  const [assists, transfer] = await Promise.all([
    db.assistRequest.findMany({
      where: { status: "OPEN", OR: [{ fromContactId: c.id, fromCountyCode: county }, { toPersonId: c.personId, toCountyCode: county }] },
      select: { id: true, fromCountyCode: true, toCountyCode: true },
      orderBy: [{ requestedAt: "asc" }, { id: "asc" }],
      take: 20,
    }),
    db.transferRequest.findFirst({
      where: { contactId: c.id, status: "OPEN", OR: [{ fromCountyCode: county }, { toCountyCode: county }] },
      select: { id: true, fromCountyCode: true, toCountyCode: true },
    }),
  ]);
  const side = (r: { id: string; fromCountyCode: string; toCountyCode: string }): OpenRequest =>
    r.toCountyCode === county ? { id: r.id, direction: "INCOMING", countyCode: r.fromCountyCode } : { id: r.id, direction: "OUTGOING", countyCode: r.toCountyCode };
  return { mergedInto, assists: assists.map(side), transfer: transfer ? side(transfer) : null };
}
