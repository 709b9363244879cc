// Escalation (docs/domain.md "Escalation"): a contact with a positive test becomes a case; if it was a close
// contact, each of its ACTIVE secondary contacts becomes a close contact of the new case with a
// fresh 14+7 plan counted from its own last exposure. Runs inside recordTestResult's transaction.
import type { SessionUser } from "@/lib/auth/user";
import { recordAudit } from "@/lib/audit/record";
import { lockActiveSecondaries } from "@/lib/db-locks";
import type { Prisma } from "@/lib/db";
import type { Contact } from "@/lib/generated/prisma/client";
import { maxDate } from "@/lib/isolation/dates";
import { coverPlan, planIsolation, type IsolationPlan } from "@/lib/isolation/plan";
import type { IsolationPolicy } from "@/lib/isolation/policy";
import { activePlan, planView, replacePlan, toEnginePlan } from "@/lib/contacts/plan-store";
import { currentPolicy } from "@/lib/policy/current-policy";
import { fromDbDate, toDbDate } from "@/lib/calendar";
import type { TestResultData } from "./schemas";

export interface Escalation {
  caseId: string;
  upgradedContactIds: string[];
}

/**
 * The close-contact plan of an upgraded secondary contact, identified on the escalation date
 * (today, but never before its last exposure). Nothing the running plan required ends
 * earlier: the first phase lasts at least as long as the old isolation, and release is no
 * earlier than the old release (coverPlan).
 */
export function upgradedPlan(old: IsolationPlan | null, lastExposureDate: string, today: string, policy: IsolationPolicy): IsolationPlan {
  const plan = planIsolation({ category: "CLOSE", lastExposureDate, identifiedDate: maxDate(today, lastExposureDate), policy });
  return old ? coverPlan(plan, old) : plan;
}

async function upgradeSecondary(
  tx: Prisma.TransactionClient,
  user: SessionUser,
  secondary: Contact,
  caseId: string,
  today: string,
  policy: IsolationPolicy,
): Promise<void> {
  const oldRow = await activePlan(tx, secondary.id);
  const plan = upgradedPlan(oldRow ? toEnginePlan(oldRow) : null, fromDbDate(secondary.lastExposureDate), today, policy);
  const saved = await replacePlan(tx, secondary.id, plan, policy.version);
  await tx.contact.update({
    where: { id: secondary.id },
    data: { category: "CLOSE", previousCategory: "SECONDARY", sourceCaseId: caseId, version: { increment: 1 } },
  });
  await recordAudit(tx, {
    actor: user,
    action: "contact.upgrade",
    entity: "Contact",
    entityId: secondary.id,
    countyCode: secondary.countyCode,
    before: { category: "SECONDARY", sourceCaseId: secondary.sourceCaseId, plan: oldRow ? planView(oldRow) : null },
    after: { category: "CLOSE", previousCategory: "SECONDARY", sourceCaseId: caseId, plan: planView(saved) },
  });
}

/** The contact and every registration merged into it, directly or through another merge. */
async function withMergedRegistrations(tx: Prisma.TransactionClient, contactId: string): Promise<string[]> {
  const ids = [contactId];
  for (let frontier = [contactId], depth = 0; frontier.length && depth < 8; depth++) {
    const next = await tx.contact.findMany({ where: { mergedIntoId: { in: frontier } }, select: { id: true } });
    frontier = next.map((c) => c.id).filter((id) => !ids.includes(id));
    ids.push(...frontier);
  }
  return ids;
}

/**
 * A contact found to be a case (`caseId`): its plan ends (status BECAME_CASE), and if it was a
 * close contact each of its ACTIVE secondary contacts becomes a close contact of that case.
 * Used by escalation and when a 协查 or a merge shows the person already is a case.
 */
export async function contactBecameCase(
  tx: Prisma.TransactionClient,
  user: SessionUser,
  contact: Contact,
  caseId: string,
  today: string,
  detail: Record<string, unknown> = {},
): Promise<string[]> {
  await tx.contact.update({
    where: { id: contact.id },
    data: { status: "BECAME_CASE", statusDate: toDbDate(today), statusReason: null, version: { increment: 1 } },
  });
  const upgradedContactIds: string[] = [];
  if (contact.category === "CLOSE") {
    // Secondary contacts registered under this contact or under a registration of the same
    // person merged into it (another county's, perhaps): all were exposed to this person.
    const sources = await withMergedRegistrations(tx, contact.id);
    const where = { sourceContactId: { in: sources }, category: "SECONDARY", status: "ACTIVE" } as const;
    // Lock them first, then read them as committed.
    await lockActiveSecondaries(tx, sources);
    const secondaries = await tx.contact.findMany({ where, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
    if (secondaries.length) {
      const policy = await currentPolicy(tx);
      for (const s of secondaries) {
        await upgradeSecondary(tx, user, s, caseId, today, policy);
        upgradedContactIds.push(s.id);
      }
    }
  }
  await recordAudit(tx, {
    actor: user,
    action: "contact.escalate_to_case",
    entity: "Contact",
    entityId: contact.id,
    countyCode: contact.countyCode,
    before: { status: contact.status },
    after: { status: "BECAME_CASE", caseId, upgradedContactIds, ...detail },
  });
  return upgradedContactIds;
}

export async function escalateContact(
  tx: Prisma.TransactionClient,
  user: SessionUser,
  contact: Contact,
  result: TestResultData,
  today: string,
): Promise<Escalation> {
  const created = await tx.case.create({
    data: {
      personId: contact.personId,
      countyCode: contact.countyCode,
      classification: result.classification ?? "CONFIRMED",
      firstPositiveDate: toDbDate(result.sampleDate),
      confirmedDate: toDbDate(result.confirmedDate ?? result.sampleDate),
      onsetDate: result.onsetDate ? toDbDate(result.onsetDate) : null,
      sourceContactId: contact.id,
    },
  });
  await recordAudit(tx, {
    actor: user,
    action: "case.register",
    entity: "Case",
    entityId: created.id,
    countyCode: created.countyCode,
    after: { personId: created.personId, classification: created.classification, sourceContactId: contact.id, firstPositiveDate: result.sampleDate },
  });
  const upgradedContactIds = await contactBecameCase(tx, user, contact, created.id, today, { sampleDate: result.sampleDate });
  return { caseId: created.id, upgradedContactIds };
}
