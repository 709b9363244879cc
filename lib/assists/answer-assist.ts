import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/user";
import { recordAudit } from "@/lib/audit/record";
import { mergeContactInto } from "@/lib/contacts/merge-into";
import type { Prisma } from "@/lib/db";
import { lockAssistRow, lockCaseRow, lockContactRows } from "@/lib/db-locks";
import { assertId, conflict, notFound, ruleViolation, stale } from "@/lib/errors";
import type { Case, Contact } from "@/lib/generated/prisma/client";
import { contactBecameCase } from "@/lib/lab-results/escalate";
import { inTransaction, todayFor, type ServiceOptions } from "@/lib/transaction";
import { parseInput } from "@/lib/validation/parse-input";
import { assistView, ownRecord, type AssistView } from "./assist-view";
import { answerAssistSchema } from "./schemas";

interface Side {
  countyCode: string;
  contact: Contact | null;
  openCase: Case | null;
}

async function sideOf(tx: Prisma.TransactionClient, personId: string, countyCode: string, contactId?: string | null, caseId?: string | null): Promise<Side> {
  const contact = contactId
    ? await tx.contact.findFirst({ where: { id: contactId, status: "ACTIVE" } })
    : await tx.contact.findFirst({ where: { personId, status: "ACTIVE" } });
  const openCase = caseId
    ? await tx.case.findFirst({ where: { id: caseId, status: "UNDER_TREATMENT" } })
    : await tx.case.findFirst({ where: { personId, status: "UNDER_TREATMENT" } });
  return { countyCode, contact, openCase };
}

/** A case always outranks a contact plan: the county holding the open case manages the person. */
function managingCounty(from: Side, to: Side, chosen: string | undefined, answering: string): string {
  const fromCase = Boolean(from.openCase);
  const toCase = Boolean(to.openCase);
  if (fromCase && !toCase) return from.countyCode;
  if (toCase && !fromCase) return to.countyCode;
  if (!from.contact && !from.openCase) return to.countyCode;
  if (!to.contact && !to.openCase) return from.countyCode;
  return chosen ?? answering;
}

/**
 * "Same person": the two counties' records become one management. The record of the county
 * that does not manage is closed into the other's — a contact MERGED into the managing
 * contact (plans combined, results and health checks moved), a contact into the managing case
 * (its plan ends, its secondary contacts become close contacts of that case), a case MERGED
 * into the managing case. Each county keeps its own person record and registration.
 */
async function join(tx: Prisma.TransactionClient, user: SessionUser, from: Side, to: Side, managing: string, today: string): Promise<void> {
  const [keep, close] = managing === from.countyCode ? [from, to] : [to, from];
  await lockContactRows(tx, [keep.contact?.id, close.contact?.id].filter((x): x is string => Boolean(x)));
  for (const c of [keep.openCase, close.openCase]) if (c) await lockCaseRow(tx, c.id);
  if (keep.openCase) {
    if (close.contact) {
      await contactBecameCase(tx, user, close.contact, keep.openCase.id, today, { byAssist: true });
      // A case registered after the contact plan began is what that contact became.
      if (!keep.openCase.sourceContactId && keep.openCase.createdAt > close.contact.createdAt) {
        await tx.case.update({ where: { id: keep.openCase.id }, data: { sourceContactId: close.contact.id } });
      }
    }
    if (close.openCase) {
      await tx.case.update({ where: { id: close.openCase.id }, data: { status: "MERGED", mergedIntoId: keep.openCase.id, version: { increment: 1 } } });
      await recordAudit(tx, {
        actor: user,
        action: "case.merge",
        entity: "Case",
        entityId: close.openCase.id,
        countyCode: close.openCase.countyCode,
        before: { status: close.openCase.status },
        after: { status: "MERGED", mergedIntoId: keep.openCase.id },
      });
    }
    return;
  }
  if (keep.contact && close.contact) await mergeContactInto(tx, user, close.contact, keep.contact, today);
}

/**
 * POST /api/v1/assists/{id}/answer: the receiving county says whether the person it manages
 * is the person the other county registered, and — when both run a plan — which county
 * manages from now on. Audited in both counties.
 */
export async function answerAssist(user: SessionUser, id: string, input: unknown, opts?: ServiceOptions): Promise<AssistView> {
  assertCan(user, "contact:write");
  assertId(id);
  const data = parseInput(answerAssistSchema, input);
  const today = todayFor(opts);
  return inTransaction(opts, async (tx) => {
    await lockAssistRow(tx, id);
    const a = await tx.assistRequest.findFirst({ where: { id, toCountyCode: user.countyCode ?? "" }, include: { fromPerson: true, toPerson: true } });
    if (!a) throw notFound();
    if (data.version !== undefined && data.version !== a.version) throw stale();
    if (a.status !== "OPEN") throw conflict("assistAlreadyAnswered", { status: a.status });
    if (data.managingCountyCode && data.managingCountyCode !== a.fromCountyCode && data.managingCountyCode !== a.toCountyCode) {
      throw ruleViolation("assistManagingCounty", {}, "managingCountyCode");
    }
    let managing: string | null = null;
    if (data.answer === "SAME_PERSON") {
      const from = await sideOf(tx, a.fromPersonId, a.fromCountyCode, a.fromContactId, a.fromCaseId);
      const to = await sideOf(tx, a.toPersonId, a.toCountyCode);
      managing = managingCounty(from, to, data.managingCountyCode, a.toCountyCode);
      await join(tx, user, from, to, managing, today);
    }
    const updated = await tx.assistRequest.update({
      where: { id: a.id },
      data: {
        status: data.answer,
        managingCountyCode: managing,
        answerNote: data.note ?? null,
        answeredById: user.id,
        answeredByName: user.displayName.slice(0, 50),
        answeredAt: opts?.now ?? new Date(),
        version: { increment: 1 },
      },
      include: { fromPerson: true, toPerson: true },
    });
    for (const countyCode of [a.toCountyCode, a.fromCountyCode]) {
      await recordAudit(tx, {
        actor: user,
        action: "assist.answer",
        entity: "AssistRequest",
        entityId: a.id,
        countyCode,
        before: { status: a.status },
        after: { status: data.answer, managingCountyCode: managing, answeredOn: today },
      });
    }
    return assistView(user, updated, await ownRecord(tx, user, updated));
  });
}
