import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/user";
import { DEFAULT_POLICY } from "@/lib/isolation/policy";
import type { Prisma } from "@/lib/db";
import { dbFor, type ServiceOptions } from "@/lib/transaction";
import { policyVersionView } from "./policy-view";

/**
 * Every policy version, newest first, with the number of plans computed under each. With none
 * stored yet, the default policy is listed as the current version (it is stored on first use).
 */
export async function listPolicyVersions(user: SessionUser, opts?: ServiceOptions) {
  assertCan(user, "policy:manage");
  const db = dbFor(opts);
  const [rows, counts] = await Promise.all([
    db.policyVersion.findMany({ orderBy: [{ createdAt: "desc" }, { version: "desc" }] }),
    db.isolationPlan.groupBy({ by: ["policyVersion"], _count: { _all: true } }),
  ]);
  const planCount = new Map(counts.map((c) => [c.policyVersion, c._count._all]));
  const versions = rows.map((row) => policyVersionView(row, planCount.get(row.version) ?? 0));
  if (versions.length === 0) {
    const row = { version: DEFAULT_POLICY.version, policy: DEFAULT_POLICY as unknown as Prisma.JsonValue, current: true, createdAt: new Date(0), createdById: null, createdByName: null, note: null };
    versions.push(policyVersionView(row, 0));
  }
  return { versions };
}
