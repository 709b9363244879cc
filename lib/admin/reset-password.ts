import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/user";
import { hashPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/audit/record";
import { clearThrottlesOf } from "@/lib/auth/sign-in-throttle";
import { assertId, notFound } from "@/lib/errors";
import { inTransaction, type ServiceOptions } from "@/lib/transaction";
import { parseInput } from "@/lib/validation/parse-input";
import { resetPasswordSchema } from "./schemas";
import { userView, type UserView } from "./user-view";

/**
 * Sets a temporary password (to be changed at next sign-in), lifts any lockout and sign-in
 * delay, and ends the account's sessions at once (ADR 0005).
 */
export async function resetPassword(actor: SessionUser, userId: string, input: unknown, opts?: ServiceOptions): Promise<UserView> {
  assertCan(actor, "user:manage");
  assertId(userId);
  const data = parseInput(resetPasswordSchema, input);
  const passwordHash = await hashPassword(data.password);
  return inTransaction(opts, async (tx) => {
    const exists = await tx.user.findUnique({ where: { id: userId }, select: { id: true, username: true } });
    if (!exists) throw notFound();
    await clearThrottlesOf(tx, exists.username);
    const after = await tx.user.update({
      where: { id: userId },
      data: { passwordHash, mustChangePassword: true, lockedUntil: null, failedSignIns: 0, sessionVersion: { increment: 1 } },
    });
    // The audit names the event, never the password.
    await recordAudit(tx, { actor, action: "user.reset_password", entity: "User", entityId: userId, countyCode: after.countyCode });
    return userView(after);
  });
}
