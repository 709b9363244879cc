import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/user";
import { recordAudit } from "@/lib/audit/record";
import { AppError } from "@/lib/errors";
import { inTransaction, type ServiceOptions } from "@/lib/transaction";
import { parseInput } from "@/lib/validation/parse-input";
import { attemptsInclude, screeningItemView, type ScreeningItemView } from "./item-view";
import { lockItem } from "./lock-item";
import { makeAttemptSchema } from "./schemas";

/** POST /api/v1/screening/{id}/attempts: a try to reach the person (time, method, note). */
export async function recordAttempt(user: SessionUser, id: string, input: unknown, opts?: ServiceOptions): Promise<ScreeningItemView> {
  assertCan(user, "contact:write");
  const now = opts?.now ?? new Date();
  const data = parseInput(makeAttemptSchema(now), input);
  return inTransaction(opts, async (tx) => {
    const item = await lockItem(tx, user, id, data.version);
    const at = data.at ?? now;
    // Nobody can have tried to reach a person before the county had the name.
    if (at.getTime() < item.receivedAt.getTime()) {
      throw new AppError("VALIDATION", "errors.validation", {}, [{ path: "at", key: "errors.screening.attemptBeforeReceived" }]);
    }
    const attempt = await tx.screeningAttempt.create({
      data: { itemId: item.id, at, method: data.method, note: data.note ?? null, createdById: user.id, createdByName: user.displayName.slice(0, 50) },
    });
    const updated = await tx.screeningItem.update({ where: { id: item.id }, data: { version: { increment: 1 } }, include: attemptsInclude });
    await recordAudit(tx, {
      actor: user,
      action: "screening.attempt",
      entity: "ScreeningItem",
      entityId: item.id,
      countyCode: item.countyCode,
      after: { attemptId: attempt.id, at: at.toISOString(), method: data.method, attempts: updated.attempts.length },
    });
    return screeningItemView(user, updated, now);
  });
}
