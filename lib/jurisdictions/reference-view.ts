import type { Jurisdiction } from "@/lib/generated/prisma/client";
import type { CountyView } from "./schemas";

type CountyRow = Pick<Jurisdiction, "code" | "nameZh" | "nameEn" | "active"> & { _count: { users: number; cases: number; contacts: number } };

export const COUNTY_COUNTS = {
  _count: { select: { users: { where: { active: true, role: "COUNTY_STAFF" as const } }, cases: true, contacts: true } },
} as const;

export function countyView(row: CountyRow): CountyView {
  return {
    code: row.code,
    nameZh: row.nameZh,
    nameEn: row.nameEn,
    active: row.active,
    staff: row._count.users,
    cases: row._count.cases,
    contacts: row._count.contacts,
  };
}

/** What the audit log keeps of a jurisdiction. */
export function jurisdictionAudit(j: Pick<Jurisdiction, "code" | "nameZh" | "nameEn" | "active" | "level">) {
  return { code: j.code, level: j.level, nameZh: j.nameZh, nameEn: j.nameEn, active: j.active };
}
