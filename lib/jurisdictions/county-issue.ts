import type { Db } from "@/lib/db";
import { inScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/user";
import type { FieldIssue } from "@/lib/errors";

/**
 * A FieldIssue when `code` is not a county, not one this user may write to, or an inactive one
 * (no new registrations or sites there; docs/decisions/0009-reference-data.md).
 */
export async function countyIssue(
  tx: Db,
  user: SessionUser,
  code: string,
  path: string,
): Promise<FieldIssue | null> {
  const county = await tx.jurisdiction.findUnique({ where: { code } });
  if (!county || county.level !== "COUNTY") return { path, key: "registry.errors.unknownCounty", values: { code } };
  if (!inScope(user, code)) return { path, key: "registry.errors.countyOutOfScope", values: { code } };
  if (!county.active) return { path, key: "registry.errors.countyInactive", values: { code } };
  return null;
}
