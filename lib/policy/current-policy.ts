// The isolation policy plans are computed with: the PolicyVersion row marked current.
import type { Prisma } from "@/lib/db";
import { DEFAULT_POLICY, isolationPolicySchema, type IsolationPolicy } from "@/lib/isolation/policy";

/**
 * Returns the current policy. On first use (no policy row at all) the default policy is stored
 * as the current version, so every persisted plan can reference the version it used.
 */
export async function currentPolicy(tx: Prisma.TransactionClient): Promise<IsolationPolicy> {
  let row = await tx.policyVersion.findFirst({ where: { current: true }, orderBy: { createdAt: "desc" } });
  if (!row) {
    // ON CONFLICT DO NOTHING: two first registrations at once must not fail each other.
    await tx.policyVersion.createMany({
      data: [{ version: DEFAULT_POLICY.version, policy: DEFAULT_POLICY as unknown as Prisma.InputJsonValue, current: true }],
      skipDuplicates: true,
    });
    row =
      (await tx.policyVersion.findFirst({ where: { current: true }, orderBy: { createdAt: "desc" } })) ??
      (await tx.policyVersion.findUniqueOrThrow({ where: { version: DEFAULT_POLICY.version } }));
  }
  const parsed = isolationPolicySchema.parse(row.policy);
  // The row's key is authoritative for what plans record.
  return { ...parsed, version: row.version };
}
