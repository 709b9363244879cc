import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/user";
import { recordAudit } from "@/lib/audit/record";
import { lockContact } from "@/lib/contacts/lock-contact";
import { conflict, ruleViolation, validationError } from "@/lib/errors";
import { inTransaction, type ServiceOptions } from "@/lib/transaction";
import { parseInput } from "@/lib/validation/parse-input";
import { transferInclude } from "./list-transfers";
import { requestTransferSchema } from "./schemas";
import { transferView, type TransferView } from "./transfer-view";

/**
 * POST /api/v1/contacts/{id}/transfer: hand a contact, with its plan, to another county (e.g.
 * home to another county for the home phase). Nothing moves until that county accepts; one
 * open transfer per contact (a partial unique index holds it under concurrency).
 */
export async function requestTransfer(user: SessionUser, contactId: string, input: unknown, opts?: ServiceOptions): Promise<TransferView> {
  assertCan(user, "contact:write");
  const data = parseInput(requestTransferSchema, input);
  return inTransaction(opts, async (tx) => {
    const contact = await lockContact(tx, user, contactId, { requireActive: true });
    if (data.toCountyCode === contact.countyCode) throw ruleViolation("transferSameCounty", {}, "toCountyCode");
    // Any county of the hierarchy may receive; only the own county may send.
    const to = await tx.jurisdiction.findFirst({ where: { code: data.toCountyCode, level: "COUNTY" }, select: { active: true } });
    if (!to?.active) {
      const key = to ? "registry.errors.countyInactive" : "registry.errors.unknownCounty";
      throw validationError([{ path: "toCountyCode", key, values: { code: data.toCountyCode } }]);
    }
    if (await tx.transferRequest.findFirst({ where: { contactId: contact.id, status: "OPEN" }, select: { id: true } })) {
      throw conflict("transferAlreadyOpen");
    }
    const created = await tx.transferRequest.create({
      data: {
        contactId: contact.id,
        fromCountyCode: contact.countyCode,
        toCountyCode: data.toCountyCode,
        reason: data.reason,
        requestedById: user.id,
        requestedByName: user.displayName.slice(0, 50),
      },
      include: transferInclude,
    });
    for (const countyCode of [contact.countyCode, data.toCountyCode]) {
      await recordAudit(tx, {
        actor: user,
        action: "transfer.request",
        entity: "TransferRequest",
        entityId: created.id,
        countyCode,
        after: { contactId: contact.id, fromCountyCode: contact.countyCode, toCountyCode: data.toCountyCode },
      });
    }
    return transferView(user, created);
  });
}
