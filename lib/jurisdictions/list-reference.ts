import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/user";
import { prefectureTimeZone } from "@/lib/env";
import { dbFor, type ServiceOptions } from "@/lib/transaction";
import { thePrefecture } from "./prefecture";
import { COUNTY_COUNTS, countyView } from "./reference-view";

/** The prefecture, its time zone and every county under it, inactive ones included. */
export async function listReferenceData(user: SessionUser, opts?: ServiceOptions) {
  assertCan(user, "reference:manage");
  const db = dbFor(opts);
  const prefecture = await thePrefecture(db);
  const counties = await db.jurisdiction.findMany({
    where: { level: "COUNTY", parentCode: prefecture.code },
    orderBy: { code: "asc" },
    select: { code: true, nameZh: true, nameEn: true, active: true, ...COUNTY_COUNTS },
  });
  return {
    prefecture: { code: prefecture.code, nameZh: prefecture.nameZh, nameEn: prefecture.nameEn },
    timeZone: prefectureTimeZone(),
    counties: counties.map(countyView),
  };
}
