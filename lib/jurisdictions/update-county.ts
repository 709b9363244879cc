import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/user";
import { recordAudit } from "@/lib/audit/record";
import { notFound, validationError } from "@/lib/errors";
import { inTransaction, type ServiceOptions } from "@/lib/transaction";
import { parseInput } from "@/lib/validation/parse-input";
import { thePrefecture } from "./prefecture";
import { COUNTY_COUNTS, countyView, jurisdictionAudit } from "./reference-view";
import { updateCountySchema, updatePrefectureSchema } from "./schemas";

const SELECT = { code: true, nameZh: true, nameEn: true, active: true, level: true, ...COUNTY_COUNTS } as const;

/**
 * Renames a county, or deactivates / reactivates it. Deactivation deletes nothing: the county's
 * people, cases, contacts, plans and accounts stay, readable as before; it only stops taking
 * new registrations, sites and accounts (lib/jurisdictions/county-issue.ts, lib/admin/check-county.ts).
 */
export async function updateCounty(user: SessionUser, code: string, input: unknown, opts?: ServiceOptions) {
  assertCan(user, "reference:manage");
  const data = parseInput(updateCountySchema, input);
  return inTransaction(opts, async (tx) => {
    const prefecture = await thePrefecture(tx);
    const before = typeof code === "string" ? await tx.jurisdiction.findFirst({ where: { code, level: "COUNTY", parentCode: prefecture.code }, select: SELECT }) : null;
    if (!before) throw notFound();
    if (data.nameZh && data.nameZh !== before.nameZh) {
      const clash = await tx.jurisdiction.findFirst({ where: { parentCode: prefecture.code, nameZh: data.nameZh }, select: { code: true } });
      if (clash) throw validationError([{ path: "nameZh", key: "admin.errors.countyNameTaken", values: { name: data.nameZh } }]);
    }
    const after = await tx.jurisdiction.update({ where: { code }, data: { nameZh: data.nameZh, nameEn: data.nameEn, active: data.active }, select: SELECT });
    const action = data.active === false && before.active ? "county.deactivate" : data.active === true && !before.active ? "county.activate" : "county.update";
    await recordAudit(tx, { actor: user, action, entity: "Jurisdiction", entityId: code, countyCode: code, before: jurisdictionAudit(before), after: jurisdictionAudit(after) });
    return countyView(after);
  });
}

/** Renames the prefecture; its code, the prefix of every county code, does not change. */
export async function updatePrefecture(user: SessionUser, input: unknown, opts?: ServiceOptions) {
  assertCan(user, "reference:manage");
  const data = parseInput(updatePrefectureSchema, input);
  return inTransaction(opts, async (tx) => {
    const before = await thePrefecture(tx);
    const after = await tx.jurisdiction.update({ where: { code: before.code }, data: { nameZh: data.nameZh, nameEn: data.nameEn } });
    await recordAudit(tx, { actor: user, action: "prefecture.update", entity: "Jurisdiction", entityId: before.code, before: jurisdictionAudit(before), after: jurisdictionAudit(after) });
    return { code: after.code, nameZh: after.nameZh, nameEn: after.nameEn };
  });
}
