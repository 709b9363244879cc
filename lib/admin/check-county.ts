import type { Db } from "@/lib/db";
import { validationError } from "@/lib/errors";

/**
 * A staff account's county must be a county of the hierarchy, and an active one unless the
 * account already belongs to it (accounts of a deactivated county can still be edited).
 */
export async function checkCounty(db: Db, countyCode: string | null, current: string | null = null): Promise<void> {
  if (countyCode === null) return;
  const county = await db.jurisdiction.findFirst({ where: { code: countyCode, level: "COUNTY" } });
  if (!county) throw validationError([{ path: "countyCode", key: "registry.errors.unknownCounty" }]);
  if (!county.active && countyCode !== current) {
    throw validationError([{ path: "countyCode", key: "registry.errors.countyInactive", values: { code: countyCode } }]);
  }
}
