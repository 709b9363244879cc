import { z } from "zod";
import { assertCan } from "@/lib/auth/permissions";
import { countyScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/user";
import { recordAudit } from "@/lib/audit/record";
import { storedNames, type AuditAction } from "@/lib/audit/actions";
import { AppError, refused } from "@/lib/errors";
import { compareDates } from "@/lib/isolation/dates";
import { fromDbDate } from "@/lib/calendar";
import { ALWAYS, dateField, isRecord, notAfter } from "@/lib/validation/fields";
import { dbFor, inTransaction, todayFor, type ServiceOptions } from "@/lib/transaction";
import { parseInput } from "@/lib/validation/parse-input";
import { readContact } from "./get-contact";
import { lockContact } from "./lock-contact";
import { activePlan, toEnginePlan } from "./plan-store";

/** The audit action that records a confirmed transfer; the task list reads it back. */
export const TRANSFER_ACTION: AuditAction = "contact.transfer_home";
/** Rows written before the typed list carry the old name (lib/audit/actions.ts). */
const TRANSFER_STORED = { in: storedNames(TRANSFER_ACTION) };

export function makeConfirmTransferSchema(today?: string) {
  return z
    .object({ date: dateField.optional() })
    .superRefine((v, ctx) => notAfter(ctx, isRecord(v) ? v.date : undefined, today, ["date"], "registry.errors.dateInFuture"), ALWAYS);
}
export type ConfirmTransferInput = z.input<ReturnType<typeof makeConfirmTransferSchema>>;

/**
 * A close contact moves from centralized isolation to home health monitoring: staff confirm
 * the move on (or after) the first day of home monitoring. The plan itself does not change —
 * the phase dates were computed at registration — but the contact leaves its isolation site,
 * so the room is free again. The confirmation is an audit event (there is no column for it):
 * one per plan, written in the same transaction as the site change.
 */
export async function confirmTransfer(user: SessionUser, contactId: string, input: unknown, opts?: ServiceOptions) {
  assertCan(user, "contact:write");
  const today = todayFor(opts);
  const data = parseInput(makeConfirmTransferSchema(today), input ?? {});
  const date = data.date ?? today;
  return inTransaction(opts, async (tx) => {
    const contact = await lockContact(tx, user, contactId, { bump: true, requireActive: true });
    const row = await activePlan(tx, contact.id);
    if (!row) throw refused("noActivePlan");
    const home = toEnginePlan(row).phases.find((p) => p.kind === "HOME_HEALTH_MONITORING");
    if (!home) throw new AppError("REFUSED", "contacts.errors.noTransferInPlan");
    if (compareDates(date, home.startDate) < 0) {
      throw new AppError("REFUSED", "contacts.errors.transferTooEarly", { startDate: home.startDate }, [
        { path: "date", key: "contacts.errors.transferTooEarly", values: { startDate: home.startDate } },
      ]);
    }
    // A replanned contact (re-exposure, escalation) has a new plan and needs a new confirmation.
    const earlier = await tx.auditEvent.findFirst({
      where: { action: TRANSFER_STORED, entity: "Contact", entityId: contact.id, at: { gte: row.createdAt } },
      orderBy: { at: "desc" },
    });
    if (earlier) {
      const when = (earlier.after as { date?: string } | null)?.date ?? fromDbDate(earlier.at);
      throw new AppError("CONFLICT", "contacts.errors.transferAlreadyConfirmed", { date: when });
    }
    if (contact.siteId) await tx.contact.update({ where: { id: contact.id }, data: { siteId: null } });
    await recordAudit(tx, {
      actor: user,
      action: TRANSFER_ACTION,
      entity: "Contact",
      entityId: contact.id,
      countyCode: contact.countyCode,
      before: { phase: "CENTRALIZED_ISOLATION", siteId: contact.siteId },
      after: { phase: "HOME_HEALTH_MONITORING", date, planId: row.id, siteId: null },
    });
    return readContact(tx, user, contact.id);
  });
}

/**
 * Of the given contacts, those whose current plan's transfer is already confirmed, with the
 * confirmed date. Two set queries, scoped to the user's counties.
 */
export async function confirmedTransfers(user: SessionUser, contactIds: string[], opts?: ServiceOptions): Promise<Map<string, string>> {
  assertCan(user, "contact:read");
  const confirmed = new Map<string, string>();
  if (contactIds.length === 0) return confirmed;
  const db = dbFor(opts);
  const scope = countyScope(user);
  const [plans, events] = await Promise.all([
    db.isolationPlan.findMany({ where: { contactId: { in: contactIds }, active: true, contact: scope }, select: { contactId: true, createdAt: true } }),
    db.auditEvent.findMany({
      where: { action: TRANSFER_STORED, entity: "Contact", entityId: { in: contactIds }, ...scope },
      select: { entityId: true, at: true, after: true },
    }),
  ]);
  const planSince = new Map(plans.map((p) => [p.contactId, p.createdAt]));
  for (const e of events) {
    const since = e.entityId ? planSince.get(e.entityId) : undefined;
    if (!e.entityId || !since || e.at < since) continue;
    confirmed.set(e.entityId, (e.after as { date?: string } | null)?.date ?? fromDbDate(e.at));
  }
  return confirmed;
}
