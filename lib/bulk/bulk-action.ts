import { assertCan, type Permission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/user";
import { assignContactStaff } from "@/lib/assignment/assign-staff";
import { confirmTransfer } from "@/lib/contacts/confirm-transfer";
import { lockContact } from "@/lib/contacts/lock-contact";
import { releaseContact } from "@/lib/contacts/release-contact";
import { validationError, type AppError } from "@/lib/errors";
import { recordTestResult } from "@/lib/lab-results/record-test-result";
import { toAppError } from "@/lib/http/map-error";
import { translate } from "@/lib/i18n/catalogue";
import type { Locale } from "@/lib/i18n/config";
import type { Prisma } from "@/lib/db";
import { assignSite } from "@/lib/sites/assign-site";
import { inTransaction, todayFor, type ServiceOptions } from "@/lib/transaction";
import { parseInput } from "@/lib/validation/parse-input";
import { bulkSchema, type BulkAction, type BulkAnswer } from "./schemas";

export interface BulkResult {
  action: BulkAction;
  allOrNothing: boolean;
  applied: boolean;
  done: string[];
  refused: { id: string; error: AppError }[];
}

const PERMISSION: Record<BulkAction, Permission> = {
  testResult: "test:write",
  assignSite: "site:write",
  confirmTransfer: "contact:write",
  release: "contact:release",
  assignStaff: "contact:write",
};

/** Thrown inside the transaction to roll everything back when all-or-nothing met a refusal. */
class RollBack extends Error {}

/**
 * POST /api/v1/contacts/bulk (docs/decisions/0023-bulk-actions.md). One transaction; each
 * person runs the single action's own service inside a savepoint, so a refusal undoes only that
 * person's writes and the next one goes on. With `allOrNothing`, any refusal rolls the whole
 * transaction back and the answer still lists every refusal. A stale version is refused per
 * person; a person of another county is "not found", like everywhere else.
 */
export async function bulkAction(user: SessionUser, input: unknown, opts?: ServiceOptions): Promise<BulkResult> {
  const data = parseInput(bulkSchema, input);
  assertCan(user, PERMISSION[data.action]);
  const need = (field: "testResult" | "siteId" | "assignedToId") => {
    if (data[field] === undefined) throw validationError([{ path: field, key: "errors.required" }]);
  };
  if (data.action === "testResult") need("testResult");
  if (data.action === "assignSite") need("siteId");
  if (data.action === "assignStaff") need("assignedToId");
  const date = data.date ?? todayFor(opts);
  const people = [...new Map(data.contacts.map((c) => [c.id, c])).values()];

  const one = (tx: Prisma.TransactionClient, id: string, version: number | undefined): Promise<unknown> => {
    const o = { db: tx, now: opts?.now };
    switch (data.action) {
      case "testResult":
        return recordTestResult(user, id, data.testResult, o);
      case "assignSite":
        return assignSite(user, id, { siteId: data.siteId, version }, o);
      case "confirmTransfer":
        return confirmTransfer(user, id, { date }, o);
      case "release":
        return releaseContact(user, id, { date, version }, o);
      case "assignStaff":
        return assignContactStaff(user, id, { assignedToId: data.assignedToId, version }, o);
    }
  };

  const result: BulkResult = { action: data.action, allOrNothing: data.allOrNothing, applied: true, done: [], refused: [] };
  try {
    await inTransaction(opts, async (tx) => {
      for (const c of people) {
        await tx.$executeRawUnsafe("SAVEPOINT bulk_person");
        try {
          // The version the user saw, also for actions whose own service takes none.
          if (c.version !== undefined) await lockContact(tx, user, c.id, { expectedVersion: c.version });
          await one(tx, c.id, c.version);
          await tx.$executeRawUnsafe("RELEASE SAVEPOINT bulk_person");
          result.done.push(c.id);
        } catch (error) {
          const known = toAppError(error);
          if (!known) throw error;
          await tx.$executeRawUnsafe("ROLLBACK TO SAVEPOINT bulk_person");
          result.refused.push({ id: c.id, error: known });
        }
      }
      if (data.allOrNothing && result.refused.length) throw new RollBack();
    });
  } catch (error) {
    if (!(error instanceof RollBack)) throw error;
    result.applied = false;
    result.done = [];
  }
  return result;
}

/** The answer on the wire, refusals in the user's language. */
export function bulkAnswer(result: BulkResult, locale: Locale): BulkAnswer {
  return {
    action: result.action,
    allOrNothing: result.allOrNothing,
    applied: result.applied,
    done: result.done,
    refused: result.refused.map((r) => {
      const field = r.error.fields[0];
      const message = translate(locale, r.error.key, r.error.values);
      return { id: r.id, code: r.error.code, message: field && r.error.code === "VALIDATION" ? `${message} ${translate(locale, field.key, field.values)}` : message };
    }),
  };
}
