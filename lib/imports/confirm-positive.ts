// POST /api/v1/imports/{id}/confirm {row}: one positive row of a laboratory list, confirmed by
// the user for that person, recorded through the result service — which escalates it exactly
// as a single positive result does (lib/lab-results/escalate.ts).
import { z } from "zod";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/user";
import { recordAudit } from "@/lib/audit/record";
import { AppError } from "@/lib/errors";
import { recordTestResult, type RecordTestResultAnswer } from "@/lib/lab-results/record-test-result";
import { inTransaction, todayFor } from "@/lib/transaction";
import { parseInput } from "@/lib/validation/parse-input";
import { checkLabImport } from "./check-lab-import";
import { resultInput } from "./commit-lab";
import { lockStagedImport } from "./load-import";
import type { ImportOptions } from "./preview-import";
import { importSettingsSchema } from "./settings";

export const confirmPositiveSchema = importSettingsSchema.extend({
  row: z.number().int().min(1),
  /** The contact the user confirms the positive for (as the preview showed it). */
  contactId: z.uuid({ error: "errors.invalidValue" }),
});
export type ConfirmPositiveInput = z.input<typeof confirmPositiveSchema>;

export async function confirmPositive(user: SessionUser, id: string, input: unknown, opts: ImportOptions = {}): Promise<RecordTestResultAnswer & { row: number }> {
  assertCan(user, "test:write");
  const data = parseInput(confirmPositiveSchema, input);
  return inTransaction(opts, async (tx) => {
    const batch = await lockStagedImport(tx, user, id, "LAB_RESULTS");
    const checked = await checkLabImport(tx, user, batch, data, todayFor(opts));
    const row = checked.rows.find((r) => r.n === data.row);
    if (!row) throw new AppError("VALIDATION", "errors.validation", {}, [{ path: "row", key: "imports.errors.noSuchRow", values: { row: data.row } }]);
    if (row.status === "RECORDED") throw new AppError("CONFLICT", "imports.lab.alreadyRecorded", { row: row.n });
    if (row.status !== "MATCHED" || row.result !== "POSITIVE") throw new AppError("REFUSED", "imports.lab.notAPositiveMatch", { row: row.n });
    // The person the user looked at must still be the one the row matches.
    if (row.contactId !== data.contactId) throw new AppError("STALE", "imports.lab.matchChanged", { row: row.n });
    const answer = await recordTestResult(user, row.contactId, resultInput(row), { ...opts, db: tx });
    const recorded = { ...((batch.recorded ?? {}) as Record<string, string>), [row.n]: answer.testResult.id };
    const done = Object.keys(recorded).length === checked.rows.length;
    await tx.importBatch.update({ where: { id: batch.id }, data: { recorded, version: { increment: 1 }, ...(done ? { status: "COMMITTED", committedAt: new Date() } : {}) } });
    await recordAudit(tx, {
      actor: user,
      action: "import.confirm_positive",
      entity: "ImportBatch",
      entityId: batch.id,
      countyCode: batch.countyCode,
      after: { row: row.n, contactId: row.contactId, testResultId: answer.testResult.id, caseId: answer.escalation?.caseId },
    });
    return { row: row.n, ...answer };
  });
}
