// What the case page says about the case's place in the identity model (docs/domain.md
// "Identity and privacy"): the case it was merged into (linked only when it is this county's)
// and the open 协查 that concern the person. Reads only.
import { assertCan } from "@/lib/auth/permissions";
import { countyScope, inScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/user";
import type { MergedInto, OpenRequest } from "@/lib/contacts/contact-links";
import { assertId, notFound } from "@/lib/errors";
import { dbFor, type ServiceOptions } from "@/lib/transaction";

export interface CaseLinks {
  mergedInto: MergedInto | null;
  assists: OpenRequest[];
}

export async function getCaseLinks(user: SessionUser, caseId: string, opts?: ServiceOptions): Promise<CaseLinks> {
  assertCan(user, "case:read");
  assertId(caseId);
  const db = dbFor(opts);
  const c = await db.case.findFirst({
    where: { id: caseId, ...countyScope(user) },
    select: { id: true, personId: true, mergedIntoId: true, mergedInto: { select: { countyCode: true } } },
  });
  if (!c) throw notFound();
  const mergedInto: MergedInto | null =
    c.mergedInto && c.mergedIntoId
      ? { kind: "CASE", id: inScope(user, c.mergedInto.countyCode) ? c.mergedIntoId : null, countyCode: c.mergedInto.countyCode }
      : null;
  const county = user.countyCode;
  if (!county) return { mergedInto, assists: [] };
  const assists = await db.assistRequest.findMany({
    where: { status: "OPEN", OR: [{ fromCaseId: c.id, fromCountyCode: county }, { toPersonId: c.personId, toCountyCode: county }] },
    select: { id: true, fromCountyCode: true, toCountyCode: true },
    orderBy: [{ requestedAt: "asc" }, { id: "asc" }],
    take: 20,
  });
  return {
    mergedInto,
    assists: assists.map((r) =>
      r.toCountyCode === county ? { id: r.id, direction: "INCOMING" as const, countyCode: r.fromCountyCode } : { id: r.id, direction: "OUTGOING" as const, countyCode: r.toCountyCode },
    ),
  };
}
