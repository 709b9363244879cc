// The isolation policy plans are computed with: the PolicyVersion row marked current.
import type { Db, Prisma } from "@/lib/db";
import { DEFAULT_POLICY, type IsolationPolicy } from "@/lib/isolation/policy";
import { policyOf } from "./policy-view";

/**
 * Returns the current policy. On first use (no policy row at all) the default policy is stored
 * as the current version, so every persisted plan can reference the version it used.
 */
export async function currentPolicy(tx: Prisma.TransactionClient): Promise<IsolationPolicy> {
  let row = await tx.policyVersion.findFirst({ where: { current: true } });
  if (!row) {
    // ON CONFLICT DO NOTHING: two first registrations at once must not fail each other.
    await tx.policyVersion.createMany({
      data: [{ version: DEFAULT_POLICY.version, policy: DEFAULT_POLICY as unknown as Prisma.InputJsonValue, current: true }],
      skipDuplicates: true,
    });
    row =
      (await tx.policyVersion.findFirst({ where: { current: true } })) ??
      (await tx.policyVersion.findUniqueOrThrow({ where: { version: DEFAULT_POLICY.version } }));
  }
  return policyOf(row);
}

/** The current policy without storing anything: the default when none is stored yet. */
export async function peekCurrentPolicy(db: Db): Promise<IsolationPolicy> {
  const row = await db.policyVersion.findFirst({ where: { current: true } });
  return row ? policyOf(row) : DEFAULT_POLICY;
}
