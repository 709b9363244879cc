import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/user";
import { recordAudit } from "@/lib/audit/record";
import { validationError, type FieldIssue } from "@/lib/errors";
import { inTransaction, type ServiceOptions } from "@/lib/transaction";
import { parseInput } from "@/lib/validation/parse-input";
import { countyPrefixOf, thePrefecture } from "./prefecture";
import { COUNTY_COUNTS, countyView, jurisdictionAudit } from "./reference-view";
import { createCountySchema } from "./schemas";

/**
 * Adds a county under the prefecture. Its 6-digit code must start with the prefecture's first
 * four digits and be new — among all jurisdictions, inactive ones included, because records
 * keep the code they were registered under.
 */
export async function createCounty(user: SessionUser, input: unknown, opts?: ServiceOptions) {
  assertCan(user, "reference:manage");
  const data = parseInput(createCountySchema, input);
  return inTransaction(opts, async (tx) => {
    const prefecture = await thePrefecture(tx);
    const prefix = countyPrefixOf(prefecture.code);
    const issues: FieldIssue[] = [];
    if (!data.code.startsWith(prefix) || data.code.endsWith("00")) {
      issues.push({ path: "code", key: "admin.errors.countyCodeOutsidePrefecture", values: { prefix, prefecture: prefecture.code } });
    } else if (await tx.jurisdiction.findUnique({ where: { code: data.code }, select: { code: true } })) {
      issues.push({ path: "code", key: "admin.errors.countyCodeTaken", values: { code: data.code } });
    }
    if (await tx.jurisdiction.findFirst({ where: { parentCode: prefecture.code, nameZh: data.nameZh }, select: { code: true } })) {
      issues.push({ path: "nameZh", key: "admin.errors.countyNameTaken", values: { name: data.nameZh } });
    }
    if (issues.length) throw validationError(issues);
    const created = await tx.jurisdiction.create({
      data: { code: data.code, nameZh: data.nameZh, nameEn: data.nameEn, level: "COUNTY", parentCode: prefecture.code },
      select: { code: true, nameZh: true, nameEn: true, active: true, level: true, ...COUNTY_COUNTS },
    });
    await recordAudit(tx, { actor: user, action: "county.create", entity: "Jurisdiction", entityId: created.code, countyCode: created.code, after: jurisdictionAudit(created) });
    return countyView(created);
  }).catch((error: unknown) => {
    // Two administrators adding the same code at once: the primary key decides.
    if ((error as { code?: string }).code === "P2002") throw validationError([{ path: "code", key: "admin.errors.countyCodeTaken", values: { code: data.code } }]);
    throw error;
  });
}
