import { prisma, type Db } from "@/lib/db";
import { countyScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/user";
import type { Locale } from "@/lib/i18n/config";

export function jurisdictionName(j: { nameZh: string; nameEn: string }, locale: Locale): string {
  return locale === "zh-CN" ? j.nameZh : j.nameEn;
}

export async function findCounty(code: string, db: Db = prisma()) {
  return db.jurisdiction.findFirst({ where: { code, level: "COUNTY" } });
}

/** The counties a user may see, with their number of active staff accounts. */
export async function listCountiesInScope(user: SessionUser, db: Db = prisma()) {
  const scope = countyScope(user);
  return db.jurisdiction.findMany({
    where: { level: "COUNTY", ...(scope.countyCode ? { code: scope.countyCode } : {}) },
    orderBy: { code: "asc" },
    select: {
      code: true,
      nameZh: true,
      nameEn: true,
      active: true,
      _count: { select: { users: { where: { active: true, role: "COUNTY_STAFF" } } } },
    },
  });
}
