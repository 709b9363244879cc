import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/user";
import { recordAudit } from "@/lib/audit/record";
import { clearThrottlesOf } from "@/lib/auth/sign-in-throttle";
import { AppError, assertId, notFound, validationError } from "@/lib/errors";
import { inTransaction, type ServiceOptions } from "@/lib/transaction";
import { parseInput } from "@/lib/validation/parse-input";
import { checkCounty } from "./check-county";
import { updateUserSchema } from "./schemas";
import { userView, type UserView } from "./user-view";

/**
 * Changes an account's role, county, name or active flag, or lifts a lockout (and the sign-in
 * delays of the username). Disabling, or a role or county change, ends the account's sessions
 * at once (ADR 0005): the person signs in again under the new role or county.
 */
export async function updateUser(actor: SessionUser, userId: string, input: unknown, opts?: ServiceOptions): Promise<UserView> {
  assertCan(actor, "user:manage");
  assertId(userId);
  const data = parseInput(updateUserSchema, input);
  return inTransaction(opts, async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId } });
    if (!before) throw notFound();
    // An administrator cannot lock themselves out (or out of administration).
    if (before.id === actor.id && (data.active === false || (data.role && data.role !== "ADMIN"))) {
      throw new AppError("RULE_VIOLATION", "admin.errors.notYourself");
    }
    const role = data.role ?? before.role;
    const countyCode = role === "COUNTY_STAFF" ? (data.countyCode === undefined ? before.countyCode : data.countyCode) : null;
    if (role === "COUNTY_STAFF" && !countyCode) throw validationError([{ path: "countyCode", key: "admin.errors.countyRequired" }]);
    await checkCounty(tx, countyCode, before.countyCode);
    const endsSessions = role !== before.role || countyCode !== before.countyCode || data.active === false;
    if (data.unlock) await clearThrottlesOf(tx, before.username);
    const after = await tx.user.update({
      where: { id: userId },
      data: {
        displayName: data.displayName,
        role,
        countyCode,
        active: data.active,
        ...(data.unlock ? { lockedUntil: null, failedSignIns: 0 } : {}),
        ...(endsSessions ? { sessionVersion: { increment: 1 } } : {}),
      },
    });
    const view = userView(after);
    const action = data.active === false ? "user.disable" : data.active === true && !before.active ? "user.enable" : "user.update";
    await recordAudit(tx, { actor, action, entity: "User", entityId: userId, countyCode, before: userView(before), after: view });
    return view;
  });
}
