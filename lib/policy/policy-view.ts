import type { PolicyVersion } from "@/lib/generated/prisma/client";
import { isolationPolicySchema, maxExtensionDaysOf, releaseDayOf, type IsolationPolicy } from "@/lib/isolation/policy";
import { CONTACT_CATEGORIES, type ContactCategory } from "@/lib/isolation/types";
import type { PolicyVersionView } from "./schemas";

function categoryView(policy: IsolationPolicy, c: ContactCategory) {
  const cat = policy.categories[c];
  return {
    phases: cat.phases.map((p) => ({ kind: p.kind, startDay: p.startDay, endDay: p.endDay })),
    testDays: [...cat.testDays],
    doubleSampleDays: [...cat.doubleSampleDays],
    releaseDay: releaseDayOf(cat),
  };
}

/** The policy a row holds; the row's key is authoritative for the version name. */
export function policyOf(row: Pick<PolicyVersion, "version" | "policy">): IsolationPolicy {
  return { ...isolationPolicySchema.parse(row.policy), version: row.version };
}

/** A version as administrators see it (GET /api/v1/admin/policy). */
export function policyVersionView(row: PolicyVersion, planCount: number): Omit<PolicyVersionView, "createdAt"> & { createdAt: Date } {
  const policy = policyOf(row);
  return {
    version: row.version,
    current: row.current,
    createdAt: row.createdAt,
    createdById: row.createdById,
    createdByName: row.createdByName,
    note: row.note,
    maxExtensionDays: maxExtensionDaysOf(policy),
    categories: Object.fromEntries(CONTACT_CATEGORIES.map((c) => [c, categoryView(policy, c)])) as PolicyVersionView["categories"],
    planCount,
  };
}
