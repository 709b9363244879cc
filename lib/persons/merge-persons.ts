import { z } from "zod";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/user";
import { recordAudit } from "@/lib/audit/record";
import { mergeContactInto } from "@/lib/contacts/merge-into";
import type { Prisma } from "@/lib/db";
import { lockCaseRow, lockContactRows, lockIdentities } from "@/lib/db-locks";
import { assertId, notFound, ruleViolation } from "@/lib/errors";
import { contactBecameCase } from "@/lib/lab-results/escalate";
import { inTransaction, todayFor, type ServiceOptions } from "@/lib/transaction";
import { uuidField } from "@/lib/validation/fields";
import { parseInput } from "@/lib/validation/parse-input";
import { personView } from "./person-view";

export const mergePersonsSchema = z.object({ keepPersonId: uuidField, mergePersonId: uuidField });
export type MergePersonsInput = z.input<typeof mergePersonsSchema>;

/**
 * 协查 requests follow the kept record — except an open one whose twin (same other record)
 * the kept record already has open: one open request per pair of records.
 */
async function moveAssists(tx: Prisma.TransactionClient, from: string, to: string): Promise<void> {
  for (const side of ["fromPersonId", "toPersonId"] as const) {
    const other = side === "fromPersonId" ? "toPersonId" : "fromPersonId";
    const rows = await tx.assistRequest.findMany({ where: { [side]: from }, select: { id: true, status: true, fromPersonId: true, toPersonId: true } });
    for (const a of rows) {
      if (a.status === "OPEN") {
        const twin = await tx.assistRequest.findFirst({ where: { [side]: to, [other]: a[other], status: "OPEN" }, select: { id: true } });
        if (twin) continue;
      }
      await tx.assistRequest.update({ where: { id: a.id }, data: { [side]: to } });
    }
  }
}

const PERSON_FIELDS = ["name", "sex", "birthDate", "idType", "idNumber", "phone", "address"] as const;

/**
 * POST /api/v1/persons/merge: two records of one county found to be the same person become
 * one (docs/domain.md "Identity and privacy"). Every case and contact of the merged record
 * moves to the kept one; two running plans become one (re-exposure rule, results and health
 * checks moved); a contact plan of someone who is an open case ends into that case; two open
 * cases become one. The kept record's values win, gaps are filled from the other; the merged
 * record stays (mergedInto) with what it held. Audited.
 */
export async function mergePersons(user: SessionUser, input: unknown, opts?: ServiceOptions) {
  assertCan(user, "case:write");
  assertCan(user, "contact:write");
  const data = parseInput(mergePersonsSchema, input);
  assertId(data.keepPersonId);
  if (data.keepPersonId === data.mergePersonId) throw ruleViolation("mergeSamePerson", {}, "mergePersonId");
  const today = todayFor(opts);
  return inTransaction(opts, async (tx) => {
    const county = user.countyCode ?? "";
    const both = await tx.person.findMany({ where: { id: { in: [data.keepPersonId, data.mergePersonId] }, countyCode: county, mergedIntoId: null } });
    const keep = both.find((p) => p.id === data.keepPersonId);
    const merge = both.find((p) => p.id === data.mergePersonId);
    if (!keep || !merge) throw notFound();
    if (keep.identityKey && merge.identityKey && keep.identityKey !== merge.identityKey) {
      // Two different documents are two different people.
      throw ruleViolation("mergeDifferentDocuments", {}, "mergePersonId");
    }
    await lockIdentities(tx, county, [keep.identityKey, merge.identityKey].filter((k): k is string => Boolean(k)));

    const active = await tx.contact.findMany({ where: { personId: { in: [keep.id, merge.id] }, status: "ACTIVE" } });
    const open = await tx.case.findMany({ where: { personId: { in: [keep.id, merge.id] }, status: "UNDER_TREATMENT" }, orderBy: { createdAt: "asc" } });
    await lockContactRows(tx, active.map((c) => c.id));
    for (const c of open) await lockCaseRow(tx, c.id);
    const keptCase = open.find((c) => c.personId === keep.id) ?? open[0];
    for (const c of open) {
      if (c.id === keptCase?.id) continue;
      await tx.case.update({ where: { id: c.id }, data: { status: "MERGED", mergedIntoId: keptCase!.id, version: { increment: 1 } } });
      await recordAudit(tx, { actor: user, action: "case.merge", entity: "Case", entityId: c.id, countyCode: c.countyCode, before: { status: c.status }, after: { status: "MERGED", mergedIntoId: keptCase!.id } });
    }
    if (keptCase) {
      for (const c of active) await contactBecameCase(tx, user, c, keptCase.id, today, { byPersonMerge: true });
    } else if (active.length === 2) {
      const into = active.find((c) => c.personId === keep.id)!;
      const from = active.find((c) => c.personId === merge.id)!;
      await mergeContactInto(tx, user, from, into, today);
    }

    await tx.contact.updateMany({ where: { personId: merge.id }, data: { personId: keep.id } });
    await tx.case.updateMany({ where: { personId: merge.id }, data: { personId: keep.id } });
    const fill: Record<string, unknown> = {};
    for (const f of PERSON_FIELDS) if (keep[f] === null && merge[f] !== null) fill[f] = merge[f];
    if (!keep.identityKey && merge.identityKey) fill.identityKey = merge.identityKey;
    // The merged record gives up its document first: (county, identityKey) is unique.
    await tx.person.update({ where: { id: merge.id }, data: { mergedIntoId: keep.id, identityKey: null } });
    const kept = Object.keys(fill).length ? await tx.person.update({ where: { id: keep.id }, data: fill }) : keep;
    await moveAssists(tx, merge.id, keep.id);
    await recordAudit(tx, {
      actor: user,
      action: "person.merge",
      entity: "Person",
      entityId: keep.id,
      countyCode: county,
      before: { keptPersonId: keep.id, mergedPersonId: merge.id, differing: PERSON_FIELDS.filter((f) => keep[f] !== null && merge[f] !== null && String(keep[f]) !== String(merge[f])) },
      after: { filled: Object.keys(fill).filter((k) => k !== "identityKey"), endedContacts: keptCase ? active.map((c) => c.id) : [], mergedCases: open.filter((c) => c.id !== keptCase?.id).map((c) => c.id) },
    });
    return { person: personView(user, kept), mergedPersonId: merge.id };
  });
}
