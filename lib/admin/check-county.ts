import type { Db } from "@/lib/db";
import { validationError } from "@/lib/errors";

/** A staff account's county must be a county of the hierarchy. */
export async function checkCounty(db: Db, countyCode: string | null): Promise<void> {
  if (countyCode === null) return;
  const county = await db.jurisdiction.findFirst({ where: { code: countyCode, level: "COUNTY" } });
  if (!county) throw validationError([{ path: "countyCode", key: "registry.errors.unknownCounty" }]);
}
