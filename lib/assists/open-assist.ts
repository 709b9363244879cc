// 协查 requests are opened by the registration that finds another county managing the
// person (docs/domain.md "Identity and privacy"). The request tells the receiving county the
// exposure and who asked — never the requesting county's personal data.
import type { SessionUser } from "@/lib/auth/user";
import { recordAudit } from "@/lib/audit/record";
import type { Prisma } from "@/lib/db";
import type { CaseClassification, ContactCategory, ExposureSetting } from "@/lib/generated/prisma/enums";
import type { PersonMatch } from "@/lib/persons/match";
import { toDbDate } from "@/lib/calendar";

export interface AssistSubject {
  fromPersonId: string;
  fromCountyCode: string;
  /** The registration that matched: a contact … */
  fromContactId?: string;
  /** … or a case. */
  fromCaseId?: string;
  category?: ContactCategory;
  lastExposureDate?: string;
  identifiedDate?: string;
  exposureSetting?: ExposureSetting | null;
  /** What the registration's source (or, for a case, the case itself) was, and its date. */
  sourceKind?: CaseClassification | "CLOSE_CONTACT";
  sourceDate?: string;
}

export interface OpenedAssist {
  countyCode: string;
  assistRequestId: string;
}

/**
 * One request per OTHER_COUNTY match, unless one between the same two records is still open.
 * Audited in both counties.
 */
export async function openAssists(tx: Prisma.TransactionClient, user: SessionUser, subject: AssistSubject, matches: PersonMatch[]): Promise<OpenedAssist[]> {
  const opened: OpenedAssist[] = [];
  for (const m of matches) {
    if (m.kind !== "OTHER_COUNTY" || !m.otherPersonId || !m.countyCode) continue;
    const existing = await tx.assistRequest.findFirst({
      where: { fromPersonId: subject.fromPersonId, toPersonId: m.otherPersonId, status: "OPEN" },
      select: { id: true },
    });
    if (existing) {
      opened.push({ countyCode: m.countyCode, assistRequestId: existing.id });
      continue;
    }
    const created = await tx.assistRequest.create({
      data: {
        fromCountyCode: subject.fromCountyCode,
        toCountyCode: m.countyCode,
        fromPersonId: subject.fromPersonId,
        fromContactId: subject.fromContactId ?? null,
        fromCaseId: subject.fromCaseId ?? null,
        toPersonId: m.otherPersonId,
        category: subject.category ?? null,
        lastExposureDate: subject.lastExposureDate ? toDbDate(subject.lastExposureDate) : null,
        identifiedDate: subject.identifiedDate ? toDbDate(subject.identifiedDate) : null,
        exposureSetting: subject.exposureSetting ?? null,
        sourceKind: subject.sourceKind ?? null,
        sourceDate: subject.sourceDate ? toDbDate(subject.sourceDate) : null,
        requestedById: user.id,
        requestedByName: user.displayName.slice(0, 50),
      },
    });
    const after = { fromCountyCode: subject.fromCountyCode, toCountyCode: m.countyCode, fromContactId: subject.fromContactId, fromCaseId: subject.fromCaseId };
    for (const countyCode of [subject.fromCountyCode, m.countyCode]) {
      await recordAudit(tx, { actor: user, action: "assist.request", entity: "AssistRequest", entityId: created.id, countyCode, after });
    }
    opened.push({ countyCode: m.countyCode, assistRequestId: created.id });
  }
  return opened;
}
