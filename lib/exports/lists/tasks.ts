// Today's list as rows: a thin adapter over lib/tasks (getTasks, Today by person), one row per
// person with all their open items, most urgent first, with the same filters as the page.
import type { SessionUser } from "@/lib/auth/user";
import type { Locale } from "@/lib/i18n/config";
import { translate } from "@/lib/i18n/catalogue";
import { countyNames } from "@/lib/jurisdictions/counties";
import { getTasks } from "@/lib/tasks/get-tasks";
import type { PersonTasks } from "@/lib/tasks/schemas";
import type { ServiceOptions } from "@/lib/transaction";
import type { Row } from "../cells";
import { columnsOf, label, type ExportSource } from "../source";

/** Pages of Today read for one export (200 people each). */
const PAGE = 200;

export async function tasksExport(user: SessionUser, input: unknown, locale: Locale, opts?: ServiceOptions): Promise<ExportSource> {
  const filters = { ...((input ?? {}) as Record<string, unknown>), page: 1, pageSize: PAGE };
  const [first, counties] = await Promise.all([getTasks(user, filters, opts), countyNames(locale)]);
  const people: PersonTasks[] = [...first.items];
  for (let page = 2; (page - 1) * PAGE < first.total; page++) people.push(...(await getTasks(user, { ...filters, page }, opts)).items);
  const rows: Row[] = people.map((p) => ({
    county: counties[p.countyCode] ?? p.countyCode,
    name: p.personName,
    idNumber: p.idTail ? `…${p.idTail}` : null,
    phone: p.phoneTail ? `…${p.phoneTail}` : null,
    category: label(locale, "domain.category", p.category),
    phaseOnDate: p.phase ? label(locale, "domain.phase", p.phase) : null,
    task: p.kinds.map((k) => translate(locale, `today.kinds.${k}`)).join("、"),
    releaseDate: p.releaseDate,
    id: p.contactId,
  }));
  return {
    name: "tasks",
    sheet: first.date,
    filter: { ...filters, page: undefined, pageSize: undefined, date: first.date },
    columns: columnsOf(locale, ["county", ["name", 12], "idNumber", "phone", "category", "phaseOnDate", ["task", 36], "releaseDate", ["id", 38]]),
    rows,
  };
}
