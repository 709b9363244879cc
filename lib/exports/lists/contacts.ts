import type { SessionUser } from "@/lib/auth/user";
import { assertCan } from "@/lib/auth/permissions";
import { contactListFilterSql, selectContactList } from "@/lib/contacts/contact-list-sql";
import { contactListItem } from "@/lib/contacts/list-contacts";
import { listContactsSchema } from "@/lib/contacts/schemas";
import { readDb } from "@/lib/db";
import type { Locale } from "@/lib/i18n/config";
import { countyNames } from "@/lib/jurisdictions/counties";
import { todayFor, type ServiceOptions } from "@/lib/transaction";
import { parseInput } from "@/lib/validation/parse-input";
import { collect, columnsOf, label, orHidden, type ExportSource } from "../source";

/** The contact list with the same filters as GET /api/v1/contacts, every page, masked for the viewer. */
export async function contactsExport(user: SessionUser, input: unknown, locale: Locale, opts?: ServiceOptions): Promise<ExportSource> {
  assertCan(user, "contact:read");
  // Every page: the list's filters without its paging.
  const f = parseInput(listContactsSchema.omit({ page: true, pageSize: true }), input ?? {});
  const db = opts?.db ?? readDb();
  const date = f.date ?? todayFor(opts);
  const where = contactListFilterSql(user, f, date);
  const [rows, counties] = await Promise.all([
    collect(async (skip, take) => (await selectContactList(db, where, { skip, take })).rows),
    countyNames(locale),
  ]);
  return {
    name: "contacts",
    sheet: "contacts",
    filter: { ...f, date },
    columns: columnsOf(locale, [["name", 12], "sex", ["idNumber", 22], ["phone", 16], "category", "status", "county", "lastExposureDate", "identifiedDate", ["phaseOnDate", 20], "releaseDate", "exposureSetting", ["exposureNote", 30], ["id", 38]]),
    rows: rows.map((c) => {
      const item = contactListItem(user, c, date);
      return {
        name: item.person.name,
        sex: label(locale, "domain.sex", item.person.sex),
        idNumber: item.person.idNumber,
        phone: item.person.phone,
        category: label(locale, "domain.category", item.category),
        status: label(locale, "domain.status", item.status),
        county: counties[item.countyCode] ?? item.countyCode,
        lastExposureDate: item.lastExposureDate,
        identifiedDate: item.identifiedDate,
        phaseOnDate: label(locale, "domain.phase", item.phaseOnDate),
        releaseDate: item.releaseDate,
        exposureSetting: label(locale, "domain.exposureSetting", item.exposureSetting),
        exposureNote: orHidden(locale, item.exposureNote, item.hidden, "exposureNote"),
        id: item.id,
      };
    }),
  };
}
