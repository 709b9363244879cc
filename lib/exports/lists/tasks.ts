// Today's task list as rows: a thin adapter over lib/tasks (getTasks), so it follows whatever
// shape Today takes; only the flattening below knows the task kinds.
import type { SessionUser } from "@/lib/auth/user";
import type { Locale } from "@/lib/i18n/config";
import { translate } from "@/lib/i18n/catalogue";
import { countyNames } from "@/lib/jurisdictions/counties";
import { getTasks } from "@/lib/tasks/get-tasks";
import type { ServiceOptions } from "@/lib/transaction";
import type { Row } from "../cells";
import { columnsOf, label, type ExportSource } from "../source";

export async function tasksExport(user: SessionUser, input: unknown, locale: Locale, opts?: ServiceOptions): Promise<ExportSource> {
  const [tasks, counties] = await Promise.all([getTasks(user, input, opts), countyNames(locale)]);
  const rows: Row[] = [];
  const kind = (k: string) => translate(locale, `exports.taskKinds.${k}`);
  for (const c of tasks.counties) {
    const county = counties[c.countyCode] ?? c.countyCode;
    const base = (t: { personName: string; category: string; contactId: string }) => ({
      county,
      name: t.personName,
      category: label(locale, "domain.category", t.category),
      id: t.contactId,
    });
    for (const t of c.testsDue) rows.push({ ...base(t), task: kind("testDue"), date: t.date, detail: testDetail(locale, t) });
    for (const t of c.overdueTests) rows.push({ ...base(t), task: kind("overdueTest"), date: t.date, detail: testDetail(locale, t) });
    for (const t of c.transfersDue) rows.push({ ...base(t), task: kind("transfer"), date: t.date, detail: label(locale, "domain.phase", t.to) });
    for (const t of c.releasesDue) rows.push({ ...base(t), task: kind("release"), date: t.releaseDate, detail: null });
    for (const t of c.missingHealthChecks) {
      rows.push({ ...base(t), task: kind("healthCheck"), date: t.date, detail: t.missingSlots.map((s) => translate(locale, `domain.slot.${s}`)).join("、") });
    }
  }
  return {
    name: "tasks",
    sheet: tasks.date,
    filter: { date: tasks.date },
    columns: columnsOf(locale, ["county", ["task", 18], "date", ["name", 12], "category", ["detail", 24], ["id", 38]]),
    rows,
  };
}

function testDetail(locale: Locale, t: { phase: string; doubleSample: boolean }): string {
  const phase = translate(locale, `domain.phase.${t.phase}`);
  return t.doubleSample ? `${phase} · ${translate(locale, "domain.doubleSample")}` : phase;
}
