import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/user";
import { recordAudit } from "@/lib/audit/record";
import type { Prisma } from "@/lib/db";
import { lockPolicyVersions } from "@/lib/db-locks";
import { validationError } from "@/lib/errors";
import { inTransaction, type ServiceOptions } from "@/lib/transaction";
import { parseInput } from "@/lib/validation/parse-input";
import { currentPolicy } from "./current-policy";
import { policyVersionView } from "./policy-view";
import { createPolicySchema } from "./schemas";

/**
 * An administrator adds a policy version; it becomes current at once and applies to plans
 * computed from then on. Existing plans keep the version they recorded: plans are stored, never
 * recomputed from the policy (docs/decisions/0008-policy-versions.md).
 */
export async function createPolicyVersion(user: SessionUser, input: unknown, opts?: ServiceOptions) {
  assertCan(user, "policy:manage");
  const { policy, note } = parseInput(createPolicySchema, input);
  return inTransaction(opts, async (tx) => {
    await lockPolicyVersions(tx);
    // Stores the default version first when nothing is stored yet, so the history starts there.
    const previous = await currentPolicy(tx);
    if (await tx.policyVersion.findUnique({ where: { version: policy.version }, select: { version: true } })) {
      throw validationError([{ path: "version", key: "admin.errors.policyVersionTaken", values: { version: policy.version } }]);
    }
    await tx.policyVersion.updateMany({ where: { current: true }, data: { current: false } });
    const row = await tx.policyVersion.create({
      data: {
        version: policy.version,
        policy: policy as unknown as Prisma.InputJsonValue,
        current: true,
        createdById: user.id,
        createdByName: user.displayName.slice(0, 50),
        note: note ?? null,
      },
    });
    const view = policyVersionView(row, 0);
    await recordAudit(tx, {
      actor: user,
      action: "policy.create",
      entity: "PolicyVersion",
      entityId: row.version,
      before: { currentVersion: previous.version },
      after: view,
    });
    return view;
  });
}
