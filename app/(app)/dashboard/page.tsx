import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { requirePagePermission } from "@/lib/http/page-guard";
import { getCountyFigures } from "@/lib/dashboard/county-figures";
import { getDashboardSeries } from "@/lib/dashboard/get-series";
import { jurisdictionName } from "@/lib/jurisdictions/counties";
import { isValidIsoDate } from "@/lib/isolation/dates";
import { todayOf } from "@/lib/calendar";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { LinkButton } from "@/components/ui/link-button";
import { FiguresTable } from "@/components/dashboard/figures-table";
import { ScreeningFigures } from "@/components/screening/screening-figures";
import { KeyFigures } from "@/components/dashboard/key-figures";
import { TrendCharts } from "@/components/dashboard/trend-charts";

type Search = { date?: string; county?: string; byCounty?: string };

/**
 * The command view: key figures of the day, 28-day trends and figures by county, for the
 * prefecture or one county (?county=, the drill-down). Server-rendered from the maintained facts.
 */
export default async function DashboardPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requirePagePermission("dashboard:read");
  const search = await searchParams;
  const asked = search.date;
  const valid = asked === undefined || asked === "" || isValidIsoDate(asked);
  const date = asked && valid ? asked : todayOf();
  // County staff always see their own county; officials the prefecture or the county they opened.
  const county = user.countyCode ?? (search.county && /^\d{6}$/.test(search.county) ? search.county : undefined);
  const byCounty = !county && search.byCounty === "1";
  const load = async () => {
    try {
      return await Promise.all([getCountyFigures(user, { date, county }), getDashboardSeries(user, { to: date, county, byCounty: byCounty ? "1" : "0" })]);
    } catch (e) {
      if (e instanceof AppError && e.code === "NOT_FOUND") notFound();
      throw e;
    }
  };
  const [t, locale, [figures, series]] = await Promise.all([getTranslations("dashboard"), getLocale(), load()]);
  const one = county ? figures.counties[0] : undefined;
  const scope = one ? jurisdictionName(one, locale) : t("allCounties");
  const query = (extra: Record<string, string>) => `/dashboard?${new URLSearchParams({ date, ...extra }).toString()}`;
  return (
    <section>
      <PageHeader
        title={one ? t("countyTitle", { county: scope }) : t("title")}
        subtitle={<span data-testid="dashboard-scope">{t("subtitle", { scope, date: figures.date })}</span>}
        actions={
          <form method="get" className="flex items-end gap-2">
            {county && !user.countyCode ? <input type="hidden" name="county" value={county} /> : null}
            <label className="text-sm text-slate-700">
              {t("date")}
              <Input type="date" name="date" defaultValue={figures.date} className="mt-1" />
            </label>
            <Button type="submit" variant="secondary">
              {t("show")}
            </Button>
          </form>
        }
      />
      {valid ? null : (
        <div className="mb-4">
          <Notice kind="warning">{t("invalidDate")}</Notice>
        </div>
      )}
      {county && !user.countyCode ? (
        <p className="mb-4">
          <LinkButton href={query({})} variant="ghost">
            ← {t("backToAll")}
          </LinkButton>
        </p>
      ) : null}
      <KeyFigures f={one ?? figures.totals} date={figures.date} county={county} canOpenLists={can(user, "contact:read")} />
      <section aria-labelledby="trends-heading" className="mb-6">
        <div className="mb-2 flex items-center justify-between">
          <h2 id="trends-heading" className="text-base font-semibold text-slate-800">
            {t("charts", { from: series.from, to: series.to })}
          </h2>
          {county ? null : (
            <LinkButton href={query(byCounty ? {} : { byCounty: "1" })} variant="ghost" data-testid="curve-by-county">
              {byCounty ? t("byClassification") : t("byCounty")}
            </LinkButton>
          )}
        </div>
        <TrendCharts
          from={series.from}
          to={series.to}
          points={series.points}
          counties={series.counties?.map((c) => ({ name: jurisdictionName(c, locale), points: c.points }))}
        />
      </section>
      <FiguresTable
        counties={figures.counties}
        totals={figures.totals}
        nameOf={(c) => jurisdictionName(c, locale)}
        hrefOf={county ? undefined : (c) => query({ county: c.countyCode })}
        showTotals={!county}
      />
      <ScreeningFigures user={user} date={figures.date} />
    </section>
  );
}
