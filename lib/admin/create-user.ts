import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/user";
import { hashPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/audit/record";
import { validationError } from "@/lib/errors";
import { inTransaction, type ServiceOptions } from "@/lib/transaction";
import { parseInput } from "@/lib/validation/parse-input";
import { createUserSchema } from "./schemas";
import { checkCounty } from "./check-county";
import { userView, type UserView } from "./user-view";

/** An administrator creates an account; the person changes the password at first sign-in. */
export async function createUser(actor: SessionUser, input: unknown, opts?: ServiceOptions): Promise<UserView> {
  assertCan(actor, "user:manage");
  const data = parseInput(createUserSchema, input);
  const passwordHash = await hashPassword(data.password);
  return inTransaction(opts, async (tx) => {
    const countyCode = data.role === "COUNTY_STAFF" ? data.countyCode ?? null : null;
    await checkCounty(tx, countyCode);
    if (await tx.user.findUnique({ where: { username: data.username } })) {
      throw validationError([{ path: "username", key: "admin.errors.usernameTaken" }]);
    }
    const created = await tx.user.create({
      data: { username: data.username, displayName: data.displayName, role: data.role, countyCode, passwordHash, mustChangePassword: true },
    });
    const view = userView(created);
    await recordAudit(tx, { actor, action: "user.create", entity: "User", entityId: created.id, countyCode, after: view });
    return view;
  }).catch((error: unknown) => {
    // Two administrators creating the same username at once: the unique index decides.
    if ((error as { code?: string }).code === "P2002") throw validationError([{ path: "username", key: "admin.errors.usernameTaken" }]);
    throw error;
  });
}
