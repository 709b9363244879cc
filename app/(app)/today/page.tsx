import { getLocale, getTranslations } from "next-intl/server";
import { FeedbackProvider } from "@/components/contacts/feedback";
import { TaskCounts } from "@/components/today/task-counts";
import { TaskDatePicker } from "@/components/today/date-picker";
import { TaskFiltersForm } from "@/components/today/task-filters";
import { RequestsSection } from "@/components/today/requests-section";
import { TodayTable } from "@/components/today/today-table";
import { Pagination } from "@/components/ui/pagination";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { ExportLinks } from "@/components/exports/export-links";
import { TodayScreening } from "@/components/screening/today-screening";
import { can } from "@/lib/auth/permissions";
import { countyStaff } from "@/lib/assignment/assign-staff";
import { bulkActionsFor } from "@/lib/bulk/actions-for";
import { readDb } from "@/lib/db";
import { requirePagePermission } from "@/lib/http/page-guard";
import { compareDates, isValidIsoDate, minDate } from "@/lib/isolation/dates";
import { todayOf } from "@/lib/calendar";
import { countyNames } from "@/lib/jurisdictions/counties";
import { todayRequests } from "@/lib/requests/today-requests";
import { getTasks } from "@/lib/tasks/get-tasks";
import { getTasksSchema, type ItemKind, type TaskFilters } from "@/lib/tasks/schemas";

type SearchParams = Record<string, string | string[] | undefined>;
const FILTER_KEYS = ["category", "phase", "siteId", "assignedTo", "kind", "countyCode"] as const;

/** The filters as asked in the URL; a bad value is dropped rather than failing the page. */
function filtersOf(sp: SearchParams): Partial<TaskFilters> {
  const out: Record<string, string> = {};
  for (const k of [...FILTER_KEYS, "page"] as const) {
    const v = sp[k];
    const one = Array.isArray(v) ? v[0] : v;
    if (one && getTasksSchema.shape[k].safeParse(one).success) out[k] = one;
  }
  return out as Partial<TaskFilters>;
}

/**
 * Today by person (docs/decisions/0022-today-by-person.md): one row per person with all open
 * items, most urgent first, filtered and paginated in SQL; the counts open the filtered view;
 * a selection takes bulk actions. Sections stack: add one as one line below.
 */
export default async function TodayPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePagePermission("contact:read");
  const today = todayOf();
  const sp = await searchParams;
  const asked = Array.isArray(sp.date) ? sp.date[0] : sp.date;
  const invalid = asked !== undefined && asked !== "" && !isValidIsoDate(asked);
  const date = asked && !invalid ? asked : today;
  const filters = filtersOf(sp);
  const db = readDb();

  const [t, result, requests, counties, sites, staff] = await Promise.all([
    getTranslations("today"),
    getTasks(user, { ...filters, date }),
    user.countyCode ? todayRequests(user) : null,
    getLocale().then(countyNames),
    user.countyCode ? db.isolationSite.findMany({ where: { countyCode: user.countyCode, active: true }, select: { id: true, name: true }, orderBy: { name: "asc" } }) : [],
    user.countyCode ? countyStaff(db, user.countyCode) : [],
  ]);
  // Nothing can be recorded for a day that has not come yet: looking ahead is read-only.
  const future = compareDates(date, today) > 0;
  const may = {
    test: !future && can(user, "test:write"),
    health: !future && can(user, "health:write"),
    release: !future && can(user, "contact:release"),
    transfer: !future && can(user, "contact:write"),
  };
  const actionDate = minDate(date, today);
  // The filters in force: a day change and the export keep them.
  const inForce: Record<string, string> = Object.fromEntries(FILTER_KEYS.flatMap((k) => (filters[k] ? [[k, String(filters[k])]] : [])));
  const bulkActions = future ? [] : bulkActionsFor(user);
  const params = (over: Partial<Record<(typeof FILTER_KEYS)[number], string | undefined>>) => {
    const q = new URLSearchParams();
    if (date !== today) q.set("date", date);
    for (const k of FILTER_KEYS) {
      const v = k in over ? over[k] : filters[k];
      if (v) q.set(k, String(v));
    }
    const s = q.toString();
    return s ? `/today?${s}` : "/today";
  };

  return (
    <FeedbackProvider>
      <div className="space-y-6">
        <PageHeader
          title={t("title")}
          subtitle={<span data-testid="task-date">{date === today ? t("subtitleToday", { date }) : t("subtitle", { date })}</span>}
          actions={
            <>
              <TaskDatePicker date={date} today={today} keep={inForce} />
              <ExportLinks list="tasks" params={{ date, ...inForce }} />
            </>
          }
        />
        {requests ? <RequestsSection requests={requests} counties={counties} /> : null}
        <TodayScreening user={user} />
        {invalid ? <Notice kind="warning">{t("invalidDate", { value: asked ?? "" })}</Notice> : null}
        {future ? <Notice kind="info">{t("future", { date })}</Notice> : null}
        <TaskCounts counts={result.counts} hrefFor={(kind?: ItemKind) => params({ kind })} active={filters.kind} />
        <section aria-labelledby="people-title" className="space-y-3" data-testid="section-people">
          <h2 id="people-title" className="text-lg font-semibold">
            {t("people")}
          </h2>
          <TaskFiltersForm filters={filters} date={date} sites={sites} staff={staff} />
          <TodayTable items={result.items} may={may} today={today} actionDate={actionDate} bulk={bulkActions.length && user.countyCode ? { actions: bulkActions, sites, staff, today } : null} />
          <Pagination
            page={result.page}
            pageSize={result.pageSize}
            total={result.total}
            basePath="/today"
            params={{ date: date !== today ? date : undefined, ...Object.fromEntries(FILTER_KEYS.map((k) => [k, filters[k]])) }}
          />
        </section>
      </div>
    </FeedbackProvider>
  );
}
