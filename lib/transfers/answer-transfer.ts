import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/user";
import { recordAudit } from "@/lib/audit/record";
import type { Prisma } from "@/lib/db";
import { lockContactRow, lockIdentities, lockTransferRow } from "@/lib/db-locks";
import { assertId, conflict, notFound, refused } from "@/lib/errors";
import type { Contact, Person } from "@/lib/generated/prisma/client";
import { completePerson, createPerson } from "@/lib/persons/save-person";
import { fromDbDateOrNull } from "@/lib/calendar";
import { inTransaction, type ServiceOptions } from "@/lib/transaction";
import { parseInput } from "@/lib/validation/parse-input";
import { transferInclude } from "./list-transfers";
import { answerTransferSchema } from "./schemas";
import { transferView, type TransferView } from "./transfer-view";

/**
 * The receiving county's record of the person: its own record with the same document (when it
 * manages nobody under it), completed with what the sender held; else a new record with the
 * sender's data, which from now on belongs to the receiving county.
 */
async function receivingPerson(tx: Prisma.TransactionClient, toCounty: string, sender: Person): Promise<Person> {
  const input = {
    name: sender.name,
    sex: sender.sex ?? undefined,
    birthDate: fromDbDateOrNull(sender.birthDate) ?? undefined,
    idType: sender.idType,
    idNumber: sender.idNumber ?? undefined,
    phone: sender.phone ?? undefined,
    address: sender.address ?? undefined,
  };
  if (sender.identityKey) {
    await lockIdentities(tx, toCounty, [sender.identityKey]);
    const own = await tx.person.findFirst({
      where: { countyCode: toCounty, identityKey: sender.identityKey, mergedIntoId: null },
      include: { contacts: { where: { status: "ACTIVE" }, select: { id: true } }, cases: { where: { status: "UNDER_TREATMENT" }, select: { id: true } } },
    });
    if (own) {
      // This county already runs a plan or a case for the person: that is a 协查's business.
      if (own.contacts.length || own.cases.length) throw refused("transferReceiverManages");
      return completePerson(tx, own, input);
    }
  }
  return createPerson(tx, toCounty, input);
}

/**
 * POST /api/v1/transfers/{id}/answer: the receiving county accepts (the contact, its plan,
 * results and health checks move to it, out of the sender's site; the sender no longer sees
 * the person) or declines. Audited in both counties.
 */
export async function answerTransfer(user: SessionUser, id: string, input: unknown, opts?: ServiceOptions): Promise<TransferView> {
  assertCan(user, "contact:write");
  assertId(id);
  const data = parseInput(answerTransferSchema, input);
  return inTransaction(opts, async (tx) => {
    await lockTransferRow(tx, id);
    const t = await tx.transferRequest.findFirst({ where: { id, toCountyCode: user.countyCode ?? "" } });
    if (!t) throw notFound();
    if (t.status !== "OPEN") throw conflict("transferAlreadyAnswered", { status: t.status });
    let contact: Contact & { person: Person } = await tx.contact.findUniqueOrThrow({ where: { id: t.contactId }, include: { person: true } });
    if (data.accept) {
      await lockContactRow(tx, contact.id);
      contact = await tx.contact.findUniqueOrThrow({ where: { id: t.contactId }, include: { person: true } });
      if (contact.status !== "ACTIVE" || contact.countyCode !== t.fromCountyCode) throw refused("transferContactChanged", { status: contact.status });
      const person = await receivingPerson(tx, t.toCountyCode, contact.person);
      await tx.contact.update({
        where: { id: contact.id },
        data: { countyCode: t.toCountyCode, personId: person.id, siteId: null, version: { increment: 1 } },
      });
    }
    const updated = await tx.transferRequest.update({
      where: { id: t.id },
      data: {
        status: data.accept ? "ACCEPTED" : "DECLINED",
        answerNote: data.note ?? null,
        answeredById: user.id,
        answeredByName: user.displayName.slice(0, 50),
        answeredAt: opts?.now ?? new Date(),
      },
      include: transferInclude,
    });
    for (const countyCode of [t.toCountyCode, t.fromCountyCode]) {
      await recordAudit(tx, {
        actor: user,
        action: data.accept ? "transfer.accept" : "transfer.decline",
        entity: "TransferRequest",
        entityId: t.id,
        countyCode,
        before: { status: t.status, contactCountyCode: contact.countyCode, siteId: contact.siteId },
        after: { status: updated.status, contactId: t.contactId },
      });
    }
    return transferView(user, updated);
  });
}

/** The sender withdraws an open transfer. */
export async function cancelTransfer(user: SessionUser, id: string, opts?: ServiceOptions): Promise<TransferView> {
  assertCan(user, "contact:write");
  assertId(id);
  return inTransaction(opts, async (tx) => {
    await lockTransferRow(tx, id);
    const t = await tx.transferRequest.findFirst({ where: { id, fromCountyCode: user.countyCode ?? "" } });
    if (!t) throw notFound();
    if (t.status !== "OPEN") throw conflict("transferAlreadyAnswered", { status: t.status });
    const updated = await tx.transferRequest.update({ where: { id }, data: { status: "CANCELLED", answeredAt: opts?.now ?? new Date() }, include: transferInclude });
    for (const countyCode of [t.fromCountyCode, t.toCountyCode]) {
      await recordAudit(tx, { actor: user, action: "transfer.cancel", entity: "TransferRequest", entityId: t.id, countyCode, after: { status: "CANCELLED" } });
    }
    return transferView(user, updated);
  });
}
