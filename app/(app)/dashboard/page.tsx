import { getLocale, getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/http/page-guard";
import { getCountyFigures } from "@/lib/dashboard/county-figures";
import { jurisdictionName } from "@/lib/jurisdictions/counties";
import { isValidIsoDate } from "@/lib/isolation/dates";
import { todayOf } from "@/lib/calendar";
import { PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { FiguresTable } from "@/components/dashboard/figures-table";
import { AlertCountsSection } from "@/components/dashboard/alert-counts";

/** Aggregate figures by county: server-rendered, counts only, one request. */
export default async function DashboardPage({ searchParams }: { searchParams: Promise<{ date?: string }> }) {
  const user = await requirePagePermission("dashboard:read");
  const asked = (await searchParams).date;
  const valid = asked === undefined || asked === "" || isValidIsoDate(asked);
  const date = asked && valid ? asked : todayOf();
  const [t, locale, figures] = await Promise.all([getTranslations("dashboard"), getLocale(), getCountyFigures(user, { date })]);
  return (
    <section>
      <PageHeader
        title={t("title")}
        subtitle={t("subtitle", { date: figures.date })}
        actions={
          <form method="get" className="flex items-end gap-2">
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
      <AlertCountsSection user={user} date={figures.date} />
      <FiguresTable counties={figures.counties} totals={figures.totals} nameOf={(c) => jurisdictionName(c, locale)} />
    </section>
  );
}
