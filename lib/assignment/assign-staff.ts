import { z } from "zod";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/user";
import { recordAudit } from "@/lib/audit/record";
import { lockContact } from "@/lib/contacts/lock-contact";
import { loadCase } from "@/lib/cases/load-case";
import { lockCaseRow } from "@/lib/db-locks";
import type { Db, Prisma } from "@/lib/db";
import { AppError, stale } from "@/lib/errors";
import { inTransaction, type ServiceOptions } from "@/lib/transaction";
import { optionalVersionField, uuidField } from "@/lib/validation/fields";
import { parseInput } from "@/lib/validation/parse-input";

/** PUT /api/v1/contacts/{id}/assignee and /api/v1/cases/{id}/assignee: `{assignedToId: id | null, version?}`. */
export const assignStaffSchema = z.object({ assignedToId: uuidField.nullable(), version: optionalVersionField });
export type AssignStaffInput = z.input<typeof assignStaffSchema>;

export const assigneeAnswerSchema = z.strictObject({ id: z.string(), assignedToId: z.string().nullable(), assignedToName: z.string().nullable(), version: z.number().int() });
export type AssigneeAnswer = z.output<typeof assigneeAnswerSchema>;

/** The assignee must be an active staff account of the record's county. */
async function checkAssignee(tx: Prisma.TransactionClient, assignedToId: string | null, countyCode: string): Promise<string | null> {
  if (assignedToId === null) return null;
  const u = await tx.user.findUnique({ where: { id: assignedToId }, select: { role: true, countyCode: true, active: true, displayName: true } });
  if (!u || !u.active || u.role !== "COUNTY_STAFF" || u.countyCode !== countyCode) {
    throw new AppError("RULE_VIOLATION", "today.errors.assigneeNotStaff", {}, [{ path: "assignedToId", key: "today.errors.assigneeNotStaff" }]);
  }
  return u.displayName;
}

/**
 * Work assignment (docs/decisions/0022-today-by-person.md): a contact's staff member of its
 * county, or none. Audited with before/after; a stale `version` is 409.
 */
export async function assignContactStaff(user: SessionUser, contactId: string, input: unknown, opts?: ServiceOptions): Promise<AssigneeAnswer> {
  assertCan(user, "contact:write");
  const data = parseInput(assignStaffSchema, input);
  return inTransaction(opts, async (tx) => {
    const contact = await lockContact(tx, user, contactId, { expectedVersion: data.version, requireActive: true });
    const name = await checkAssignee(tx, data.assignedToId, contact.countyCode);
    let version = contact.version;
    if (contact.assignedToId !== data.assignedToId) {
      ({ version } = await tx.contact.update({ where: { id: contact.id }, data: { assignedToId: data.assignedToId, version: { increment: 1 } }, select: { version: true } }));
      await recordAudit(tx, {
        actor: user,
        action: "contact.assign_staff",
        entity: "Contact",
        entityId: contact.id,
        countyCode: contact.countyCode,
        before: { assignedToId: contact.assignedToId },
        after: { assignedToId: data.assignedToId },
      });
    }
    return { id: contact.id, assignedToId: data.assignedToId, assignedToName: name, version };
  });
}

export async function assignCaseStaff(user: SessionUser, caseId: string, input: unknown, opts?: ServiceOptions): Promise<AssigneeAnswer> {
  assertCan(user, "case:write");
  const data = parseInput(assignStaffSchema, input);
  return inTransaction(opts, async (tx) => {
    const found = await loadCase(tx, user, caseId);
    await lockCaseRow(tx, found.id);
    const c = await tx.case.findUniqueOrThrow({ where: { id: found.id } });
    if (data.version !== undefined && data.version !== c.version) throw stale();
    const name = await checkAssignee(tx, data.assignedToId, c.countyCode);
    let version = c.version;
    if (c.assignedToId !== data.assignedToId) {
      ({ version } = await tx.case.update({ where: { id: c.id }, data: { assignedToId: data.assignedToId, version: { increment: 1 } }, select: { version: true } }));
      await recordAudit(tx, {
        actor: user,
        action: "case.assign_staff",
        entity: "Case",
        entityId: c.id,
        countyCode: c.countyCode,
        before: { assignedToId: c.assignedToId },
        after: { assignedToId: data.assignedToId },
      });
    }
    return { id: c.id, assignedToId: data.assignedToId, assignedToName: name, version };
  });
}

/** The active staff accounts of a county: whom work can be assigned to. */
export async function countyStaff(db: Db, countyCode: string) {
  return db.user.findMany({ where: { countyCode, role: "COUNTY_STAFF", active: true }, select: { id: true, displayName: true }, orderBy: { displayName: "asc" } });
}
