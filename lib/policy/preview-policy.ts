import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/user";
import { planIsolation } from "@/lib/isolation/plan";
import { dbFor, type ServiceOptions } from "@/lib/transaction";
import { parseInput } from "@/lib/validation/parse-input";
import { peekCurrentPolicy } from "./current-policy";
import { previewPolicySchema } from "./schemas";

/**
 * What a contact's plan would be under a draft policy, beside the plan under the current
 * version. Computed by the rule engine; nothing is stored.
 */
export async function previewPolicy(user: SessionUser, input: unknown, opts?: ServiceOptions) {
  assertCan(user, "policy:manage");
  const { policy, contact } = parseInput(previewPolicySchema, input);
  const current = await peekCurrentPolicy(dbFor(opts));
  return {
    draft: planIsolation({ ...contact, policy }),
    current: { version: current.version, plan: planIsolation({ ...contact, policy: current }) },
  };
}
