// What the contact page says about the contact's place in the identity model (docs/domain.md
// "Identity and privacy"): the record it was merged into — linked only when that record is
// this county's, otherwise just the managing county — and the open 协查 and transfers that
// concern it. Reads only; another county's record contributes its county code, nothing more.
import { assertCan } from "@/lib/auth/permissions";
import { inCountySql, inScope, scopeCounty } from "@/lib/auth/scope";
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

type Side = { id: string; fromCountyCode: string; toCountyCode: string };
interface LinksRow {
  mergedIntoId: string | null;
  mergedIntoCounty: string | null;
  mergedIntoCaseId: string | null;
  mergedIntoCaseCounty: string | null;
  assists: Side[] | null;
  transfer: Side | null;
}

/** In one statement (docs/decisions/0028-detail-reads-in-one-statement.md). */
export async function getContactLinks(user: SessionUser, contactId: string, opts?: ServiceOptions): Promise<ContactLinks> {
  assertCan(user, "contact:read");
  assertId(contactId);
  // Requests belong to the two counties involved; prefecture roles oversee them elsewhere (no
  // county: none match).
  const county = user.countyCode ?? null;
  const [c] = await dbFor(opts).$queryRaw<LinksRow[]>`
    SELECT c."mergedIntoId", (SELECT m."countyCode" FROM "Contact" m WHERE m."id" = c."mergedIntoId") AS "mergedIntoCounty",
      c."mergedIntoCaseId", (SELECT k."countyCode" FROM "Case" k WHERE k."id" = c."mergedIntoCaseId") AS "mergedIntoCaseCounty",
      (SELECT json_agg(json_build_object('id', a."id", 'fromCountyCode', a."fromCountyCode", 'toCountyCode', a."toCountyCode") ORDER BY a."requestedAt", a."id")
         FROM (SELECT * FROM "AssistRequest" a WHERE a."status" = 'OPEN'
                 AND ((a."fromContactId" = c."id" AND a."fromCountyCode" = ${county}) OR (a."toPersonId" = c."personId" AND a."toCountyCode" = ${county}))
               ORDER BY a."requestedAt", a."id" LIMIT 20) a) AS "assists",
      (SELECT json_build_object('id', t."id", 'fromCountyCode', t."fromCountyCode", 'toCountyCode', t."toCountyCode")
         FROM "TransferRequest" t WHERE t."contactId" = c."id" AND t."status" = 'OPEN' AND (t."fromCountyCode" = ${county} OR t."toCountyCode" = ${county}) LIMIT 1) AS "transfer"
    FROM "Contact" c WHERE c."id" = ${contactId}::uuid AND ${inCountySql("c", scopeCounty(user))}`;
  if (!c) throw notFound();
  const target =
    c.mergedIntoId && c.mergedIntoCounty
      ? { kind: "CONTACT" as const, id: c.mergedIntoId, countyCode: c.mergedIntoCounty }
      : c.mergedIntoCaseId && c.mergedIntoCaseCounty
        ? { kind: "CASE" as const, id: c.mergedIntoCaseId, countyCode: c.mergedIntoCaseCounty }
        : null;
  const mergedInto = target ? { ...target, id: inScope(user, target.countyCode) ? target.id : null } : null;
  if (!county) return { mergedInto, assists: [], transfer: null };
  const side = (r: Side): OpenRequest =>
    r.toCountyCode === county ? { id: r.id, direction: "INCOMING", countyCode: r.fromCountyCode } : { id: r.id, direction: "OUTGOING", countyCode: r.toCountyCode };
  return { mergedInto, assists: (c.assists ?? []).map(side), transfer: c.transfer ? side(c.transfer) : null };
}
