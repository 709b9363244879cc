import Link from "next/link";
import { BackLink } from "@/components/ui/back-link";
import { getLocale, getTranslations } from "next-intl/server";
import { AttemptForm } from "@/components/screening/attempt-form";
import { ResolveForm } from "@/components/screening/resolve-form";
import { TimeLeft } from "@/components/screening/time-left";
import { Badge } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { todayOf } from "@/lib/calendar";
import { listCases } from "@/lib/cases/list-cases";
import { loadOr404 } from "@/lib/http/page-load";
import { requirePagePermission } from "@/lib/http/page-guard";
import { countyNames } from "@/lib/jurisdictions/counties";
import { getScreeningItem } from "@/lib/screening/list-items";
import { formatLocal, MIN_UNREACHABLE_ATTEMPTS } from "@/lib/screening/time";

/** One screening item: what the push said, the attempts, and the forms to finish it. */
export default async function ScreeningItemPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePagePermission("contact:read");
  const { id } = await params;
  const item = await loadOr404(getScreeningItem(user, id));
  const [t, counties] = await Promise.all([getTranslations("screening"), getLocale().then(countyNames)]);
  const open = item.status === "OPEN";
  const writable = open && can(user, "contact:write");
  const cases = writable ? await listCases(user, { pageSize: 200 }) : null;
  const fmt = (iso: string) => formatLocal(new Date(iso));
  const facts: [string, React.ReactNode][] = [
    [t("columns.name"), item.name],
    [t("columns.phone"), item.phone ?? "—"],
    [t("columns.idNumber"), item.idNumber ?? "—"],
    [t("columns.reason"), item.reason ?? "—"],
    [t("columns.sourceArea"), item.sourceArea ?? "—"],
    [t("columns.arrivalDate"), item.arrivalDate ?? "—"],
    [t("columns.pushedAt"), fmt(item.pushedAt)],
    [t("item.deadline"), fmt(item.dueAt)],
  ];
  return (
    <div className="space-y-6">
      <BackLink href="/screening">{t("item.back")}</BackLink>
      <PageHeader
        title={<span data-testid="screening-name">{item.name}</span>}
        subtitle={
          <span className="flex flex-wrap items-center gap-2">
            <Badge tone={open ? "amber" : "teal"}>
              <span data-testid="screening-status">{t(`status.${item.status}`)}</span>
            </Badge>
            {item.minutesLeft !== null ? <TimeLeft minutes={item.minutesLeft} /> : <Badge tone={item.onTime ? "green" : "red"}>{item.onTime ? t("onTime") : t("late")}</Badge>}
            {item.forwardedFromCounty ? <span>{t("forwardedFrom", { county: counties[item.forwardedFromCounty] ?? item.forwardedFromCounty })}</span> : null}
          </span>
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          {writable ? (
            <Card title={t("resolve.title")}>
              <ResolveForm
                id={item.id}
                version={item.version}
                today={todayOf()}
                attempts={item.attempts.length}
                minAttempts={MIN_UNREACHABLE_ATTEMPTS}
                cases={(cases?.items ?? []).map((c) => ({ id: c.id, label: `${c.name}（${c.confirmedDate}）` }))}
                counties={Object.entries(counties).filter(([code]) => code !== item.countyCode).map(([code, name]) => ({ code, name }))}
              />
            </Card>
          ) : (
            <Card title={t("item.resolved")}>
              <div className="space-y-1 text-sm" data-testid="screening-outcome">
                <p>
                  {item.status === "FORWARDED" && item.forwardedToCounty ? t("forwardedTo", { county: counties[item.forwardedToCounty] ?? item.forwardedToCounty }) : t(`status.${item.status}`)}
                </p>
                {item.resolvedAt ? <p className="text-slate-600">{t("item.resolvedBy", { name: item.resolvedByName ?? "—", at: fmt(item.resolvedAt) })}</p> : null}
                {item.monitoringStart ? <p>{t("item.monitoringStart", { date: item.monitoringStart })}</p> : null}
                {item.resolutionNote ? <p>{item.resolutionNote}</p> : null}
                {item.contactId ? (
                  <Link href={`/contacts/${item.contactId}`} className="text-teal-800 hover:underline">
                    {t("item.contact")}
                  </Link>
                ) : null}
              </div>
            </Card>
          )}
          <Card title={t("item.attempts")}>
            {item.attempts.length ? (
              <ol className="space-y-1 text-sm" data-testid="attempts">
                {item.attempts.map((a) => (
                  <li key={a.id}>
                    <span className="tabular-nums">{fmt(a.at)}</span> · {t(`attempt.methods.${a.method}`)} · {a.createdByName}
                    {a.note ? <span className="text-slate-600"> — {a.note}</span> : null}
                  </li>
                ))}
              </ol>
            ) : (
              <p className="text-sm text-slate-600">{t("item.noAttempts")}</p>
            )}
            {writable ? (
              <div className="mt-4 border-t border-slate-100 pt-4">
                <AttemptForm id={item.id} version={item.version} />
              </div>
            ) : null}
          </Card>
        </div>
        <Card title={t("item.facts")}>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            {facts.map(([k, v]) => (
              <div key={k} className="contents">
                <dt className="text-slate-500">{k}</dt>
                <dd>{v}</dd>
              </div>
            ))}
          </dl>
        </Card>
      </div>
    </div>
  );
}
