import type { SessionUser } from "@/lib/auth/user";
import { assertCan } from "@/lib/auth/permissions";
import { caseView } from "@/lib/cases/case-view";
import { CASE_LIST_ORDER, caseListWhere } from "@/lib/cases/list-cases";
import { listCasesSchema } from "@/lib/cases/schemas";
import { readDb } from "@/lib/db";
import type { Locale } from "@/lib/i18n/config";
import { countyNames } from "@/lib/jurisdictions/counties";
import type { ServiceOptions } from "@/lib/transaction";
import { parseInput } from "@/lib/validation/parse-input";
import { collect, columnsOf, label, orHidden, type ExportSource } from "../source";

/** The case list with the same filters as GET /api/v1/cases, every page, masked for the viewer. */
export async function casesExport(user: SessionUser, input: unknown, locale: Locale, opts?: ServiceOptions): Promise<ExportSource> {
  assertCan(user, "case:read");
  // Every page: the list's filters without its paging.
  const f = parseInput(listCasesSchema.omit({ page: true, pageSize: true }), input ?? {});
  const db = opts?.db ?? readDb();
  const where = caseListWhere(user, f);
  const [rows, counties] = await Promise.all([
    collect((skip, take) => db.case.findMany({ where, include: { person: true }, orderBy: CASE_LIST_ORDER, skip, take })),
    countyNames(locale),
  ]);
  return {
    name: "cases",
    sheet: "cases",
    filter: f,
    columns: columnsOf(locale, [["name", 12], "sex", ["idNumber", 22], ["phone", 16], "county", "classification", "caseStatus", "onsetDate", "firstPositiveDate", "confirmedDate", ["currentLocation", 24], ["id", 38]]),
    rows: rows.map((row) => {
      const c = caseView(user, row);
      return {
        name: c.person.name,
        sex: label(locale, "domain.sex", c.person.sex),
        idNumber: c.person.idNumber,
        phone: c.person.phone,
        county: counties[c.countyCode] ?? c.countyCode,
        classification: label(locale, "domain.classification", c.classification),
        caseStatus: label(locale, "domain.caseStatus", c.status),
        onsetDate: c.onsetDate,
        firstPositiveDate: c.firstPositiveDate,
        confirmedDate: c.confirmedDate,
        currentLocation: orHidden(locale, c.currentLocation, c.hidden, "currentLocation"),
        id: c.id,
      };
    }),
  };
}
