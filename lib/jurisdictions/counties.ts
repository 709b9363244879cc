import { prisma, type Db, type Prisma } from "@/lib/db";
import { countyScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/user";
import type { Locale } from "@/lib/i18n/config";

export function jurisdictionName(j: { nameZh: string; nameEn: string }, locale: Locale): string {
  return locale === "zh-CN" ? j.nameZh : j.nameEn;
}

export async function findCounty(code: string, db: Db = prisma()) {
  return db.jurisdiction.findFirst({ where: { code, level: "COUNTY" } });
}

/**
 * The counties lists and figures show: the active ones, and an inactive one while it still holds
 * cases or contacts. An inactive county with nothing in it drops out of the lists; its code
 * stays taken (docs/decisions/0009-reference-data.md).
 */
export const LISTED_COUNTY = {
  level: "COUNTY",
  OR: [{ active: true }, { cases: { some: {} } }, { contacts: { some: {} } }],
} as const satisfies Prisma.JurisdictionWhereInput;

/**
 * The counties a user may see, with their number of active staff accounts. `all` includes
 * every county, inactive and empty ones too (account administration needs them).
 */
export async function listCountiesInScope(user: SessionUser, db: Db = prisma(), opts: { all?: boolean } = {}) {
  const scope = countyScope(user);
  return db.jurisdiction.findMany({
    where: { ...(opts.all ? { level: "COUNTY" as const } : LISTED_COUNTY), ...(scope.countyCode ? { code: scope.countyCode } : {}) },
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

/**
 * Every county of the hierarchy by code, named in `locale`: reference data (no personal data),
 * for naming the county that manages a person or receives a transfer.
 */
export async function countyNames(locale: Locale, db: Db = prisma()): Promise<Record<string, string>> {
  const rows = await db.jurisdiction.findMany({ where: { level: "COUNTY" }, orderBy: { code: "asc" }, select: { code: true, nameZh: true, nameEn: true } });
  return Object.fromEntries(rows.map((j) => [j.code, jurisdictionName(j, locale)]));
}
