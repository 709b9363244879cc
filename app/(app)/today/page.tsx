import { getLocale, getTranslations } from "next-intl/server";
import { FeedbackProvider } from "@/components/contacts/feedback";
import { HealthCheckDialog } from "@/components/contacts/health-check-dialog";
import { RecordResultDialog } from "@/components/contacts/record-result-dialog";
import { ReleaseDialog } from "@/components/contacts/release-dialog";
import { TaskCounts } from "@/components/today/task-counts";
import { TaskDatePicker } from "@/components/today/date-picker";
import { PersonCell } from "@/components/today/person-cell";
import { RequestsSection } from "@/components/today/requests-section";
import { TaskSection } from "@/components/today/task-section";
import { TodayScreening } from "@/components/screening/today-screening";
import { TransferDialog } from "@/components/today/transfer-dialog";
import { Badge } from "@/components/ui/badge";
import { CategoryBadge, PhaseBadge } from "@/components/ui/domain-badges";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { ExportLinks } from "@/components/exports/export-links";
import { can } from "@/lib/auth/permissions";
import { confirmedTransfers } from "@/lib/contacts/confirm-transfer";
import { requirePagePermission } from "@/lib/http/page-guard";
import { compareDates, diffDays, isValidIsoDate, minDate } from "@/lib/isolation/dates";
import { todayOf } from "@/lib/calendar";
import { countyNames } from "@/lib/jurisdictions/counties";
import { todayRequests } from "@/lib/requests/today-requests";
import { getTasks, type CountyTasks } from "@/lib/tasks/get-tasks";

type Category = "CLOSE" | "SECONDARY" | "GENERAL";
type Phase = "CENTRALIZED_ISOLATION" | "HOME_HEALTH_MONITORING" | "HOME_ISOLATION" | "MEDICAL_OBSERVATION";

/** Staff see one county; prefecture-wide roles get every county's tasks in one list. */
function merge(counties: CountyTasks[]) {
  return {
    testsDue: counties.flatMap((c) => c.testsDue),
    overdueTests: counties.flatMap((c) => c.overdueTests),
    transfersDue: counties.flatMap((c) => c.transfersDue),
    releasesDue: counties.flatMap((c) => c.releasesDue),
    missingHealthChecks: counties.flatMap((c) => c.missingHealthChecks),
  };
}

export default async function TodayPage({ searchParams }: { searchParams: Promise<{ date?: string | string[] }> }) {
  const user = await requirePagePermission("contact:read");
  const today = todayOf();
  const raw = (await searchParams).date;
  const asked = Array.isArray(raw) ? raw[0] : raw;
  const invalid = asked !== undefined && asked !== "" && !isValidIsoDate(asked);
  const date = asked && !invalid ? asked : today;

  const [t, td, result, requests, counties] = await Promise.all([
    getTranslations("today"),
    getTranslations("domain"),
    getTasks(user, { date }),
    user.countyCode ? todayRequests(user) : null,
    getLocale().then(countyNames),
  ]);
  const tasks = merge(result.counties);
  const confirmed = await confirmedTransfers(user, tasks.transfersDue.map((x) => x.contactId));
  // Nothing can be recorded for a day that has not come yet: looking ahead is read-only.
  const future = compareDates(date, today) > 0;
  const may = {
    test: !future && can(user, "test:write"),
    health: !future && can(user, "health:write"),
    release: !future && can(user, "contact:release"),
    transfer: !future && can(user, "contact:write"),
  };
  const actionDate = minDate(date, today);
  const category = (c: string) => <CategoryBadge category={c as Category} />;
  const phase = (p: string) => <PhaseBadge phase={p as Phase} />;

  const testRows = (list: typeof tasks.testsDue, overdue: boolean) =>
    list.map((x) => ({
      key: `${x.contactId}-${x.date}`,
      cells: [
        <PersonCell key="p" contactId={x.contactId} name={x.personName} />,
        category(x.category),
        phase(x.phase),
        <span key="d" className="flex flex-wrap items-center gap-1 tabular-nums">
          <span className={overdue ? "font-medium text-red-700" : ""}>{x.date}</span>
          {overdue ? <span className="text-xs text-red-700">{t("daysOverdue", { days: diffDays(date, x.date) })}</span> : null}
          {x.doubleSample ? <Badge tone="violet">{td("doubleSample")}</Badge> : null}
          {x.pending ? <Badge tone="amber">{t("pending")}</Badge> : null}
        </span>,
        may.test ? (
          <RecordResultDialog key="a" contactId={x.contactId} personName={x.personName} sampleDate={x.date} doubleSample={x.doubleSample} today={today} size="small" />
        ) : (
          "—"
        ),
      ],
    }));
  const testHeaders = [t("columns.person"), t("columns.category"), t("columns.phase"), t("columns.scheduled"), t("columns.action")];

  return (
    <FeedbackProvider>
      <div className="space-y-6">
        <PageHeader
          title={t("title")}
          subtitle={<span data-testid="task-date">{date === today ? t("subtitleToday", { date }) : t("subtitle", { date })}</span>}
          actions={
            <>
              <TaskDatePicker date={date} today={today} />
              <ExportLinks list="tasks" params={{ date }} />
            </>
          }
        />
        {requests ? <RequestsSection requests={requests} counties={counties} /> : null}
        {invalid ? <Notice kind="warning">{t("invalidDate", { value: asked ?? "" })}</Notice> : null}
        {future ? <Notice kind="info">{t("future", { date })}</Notice> : null}
        <TodayScreening user={user} />
        <TaskCounts
          counts={{
            overdueTests: tasks.overdueTests.length,
            testsDue: tasks.testsDue.length,
            transfers: tasks.transfersDue.length,
            releases: tasks.releasesDue.length,
            healthChecks: tasks.missingHealthChecks.length,
          }}
        />
        <TaskSection
          id="overdueTests"
          title={t("sections.overdueTests")}
          count={tasks.overdueTests.length}
          headers={testHeaders}
          rows={testRows(tasks.overdueTests, true)}
          empty={t("empty.overdueTests")}
        />
        <TaskSection id="testsDue" title={t("sections.testsDue")} count={tasks.testsDue.length} headers={testHeaders} rows={testRows(tasks.testsDue, false)} empty={t("empty.testsDue")} />
        <TaskSection
          id="transfers"
          title={t("sections.transfers")}
          count={tasks.transfersDue.length}
          headers={[t("columns.person"), t("columns.category"), t("columns.transfer"), t("columns.action")]}
          empty={t("empty.transfers")}
          rows={tasks.transfersDue.map((x) => {
            const done = confirmed.get(x.contactId);
            return {
              key: x.contactId,
              cells: [
                <PersonCell key="p" contactId={x.contactId} name={x.personName} />,
                category(x.category),
                <span key="c" className="flex flex-wrap items-center gap-1">
                  {phase(x.from)} → {phase(x.to)}
                  {x.siteId && !done ? <span className="text-xs text-slate-500">({t("leavesSite")})</span> : null}
                </span>,
                done ? (
                  <Badge key="a" tone="green">
                    {t("transferred", { date: done })}
                  </Badge>
                ) : may.transfer ? (
                  <TransferDialog key="a" contactId={x.contactId} personName={x.personName} date={actionDate} today={today} />
                ) : (
                  "—"
                ),
              ],
            };
          })}
        />
        <TaskSection
          id="releases"
          title={t("sections.releases")}
          count={tasks.releasesDue.length}
          headers={[t("columns.person"), t("columns.category"), t("columns.releaseDate"), t("columns.action")]}
          empty={t("empty.releases")}
          rows={tasks.releasesDue.map((x) => ({
            key: x.contactId,
            cells: [
              <PersonCell key="p" contactId={x.contactId} name={x.personName} />,
              category(x.category),
              <span key="d" className="tabular-nums">
                {x.releaseDate}
              </span>,
              may.release ? (
                <ReleaseDialog key="a" contactId={x.contactId} personName={x.personName} releaseDate={x.releaseDate} today={today} size="small" variant="primary" />
              ) : (
                "—"
              ),
            ],
          }))}
        />
        <TaskSection
          id="healthChecks"
          title={t("sections.healthChecks")}
          count={tasks.missingHealthChecks.length}
          headers={[t("columns.person"), t("columns.category"), t("columns.missing"), t("columns.action")]}
          empty={t("empty.healthChecks")}
          rows={tasks.missingHealthChecks.map((x) => ({
            key: x.contactId,
            cells: [
              <PersonCell key="p" contactId={x.contactId} name={x.personName} />,
              category(x.category),
              <span key="m" className="flex gap-1">
                {x.missingSlots.map((s) => (
                  <Badge key={s} tone="amber">
                    {td(`slot.${s}`)}
                  </Badge>
                ))}
              </span>,
              may.health ? (
                <HealthCheckDialog key="a" contactId={x.contactId} personName={x.personName} date={x.date} slot={x.missingSlots[0] ?? "MORNING"} today={today} size="small" />
              ) : (
                "—"
              ),
            ],
          }))}
        />
      </div>
    </FeedbackProvider>
  );
}
