import Link from "next/link";
import { useTranslations } from "next-intl";
import type { CountyFigures, Figures } from "@/lib/dashboard/county-figures";

const NUM = "px-3 py-2 text-right tabular-nums whitespace-nowrap";

function Cells({ f }: { f: Figures }) {
  return (
    <>
      <td className={NUM}>
        {f.cases.CONFIRMED} / {f.cases.ASYMPTOMATIC} / {f.cases.newOnDate}
      </td>
      <td className={NUM}>
        {f.activeContacts.CLOSE} / {f.activeContacts.SECONDARY} / {f.activeContacts.GENERAL}
      </td>
      <td className={NUM}>{f.phases.CENTRALIZED_ISOLATION}</td>
      <td className={NUM}>{f.phases.HOME_HEALTH_MONITORING}</td>
      <td className={NUM}>{f.phases.HOME_ISOLATION}</td>
      <td className={NUM}>{f.phases.MEDICAL_OBSERVATION}</td>
      <td className={NUM}>{f.testsDue}</td>
      <td className={`${NUM} ${f.testsOverdue ? "font-semibold text-red-700" : ""}`}>{f.testsOverdue}</td>
      <td className={NUM}>{f.releasesDue}</td>
      <td className={NUM}>
        {f.sites.occupancy} / {f.sites.capacity}
      </td>
    </>
  );
}

/** Counts by county with the prefecture's totals; a plain table that reads well on a phone too. */
export function FiguresTable({
  counties,
  totals,
  nameOf,
  hrefOf,
  showTotals = true,
}: {
  counties: CountyFigures[];
  totals: Figures;
  nameOf: (c: CountyFigures) => string;
  /** A county's own dashboard (drill-down). */
  hrefOf?: (c: CountyFigures) => string;
  /** The prefecture's total row (left out when one county is shown). */
  showTotals?: boolean;
}) {
  const t = useTranslations("dashboard");
  const headers = [
    [t("cases"), t("casesHint")],
    [t("contacts"), t("contactsHint")],
    [t("centralized")],
    [t("homeMonitoring")],
    [t("homeIsolation")],
    [t("observation")],
    [t("testsDue")],
    [t("testsOverdue")],
    [t("releasesDue")],
    [t("sites")],
  ];
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid="dashboard-table">
        <caption className="sr-only">{t("title")}</caption>
        <thead className="bg-slate-50 text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2 text-left font-medium">
              {t("county")}
            </th>
            {headers.map(([label, hint]) => (
              <th key={label} scope="col" className="px-3 py-2 text-right font-medium">
                {label}
                {hint ? <span className="block text-xs font-normal text-slate-500">{hint}</span> : null}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {counties.map((c) => (
            <tr key={c.countyCode} data-county={c.countyCode}>
              <th scope="row" className="px-3 py-2 text-left font-normal whitespace-nowrap">
                {hrefOf ? (
                  <Link href={hrefOf(c)} className="text-teal-700 underline" aria-label={t("openCounty", { county: nameOf(c) })}>
                    {nameOf(c)}
                  </Link>
                ) : (
                  nameOf(c)
                )}
              </th>
              <Cells f={c} />
            </tr>
          ))}
        </tbody>
        {showTotals ? (
        <tfoot className="bg-slate-50 font-semibold">
          <tr data-county="total">
            <th scope="row" className="px-3 py-2 text-left whitespace-nowrap">
              {t("total")}
            </th>
            <Cells f={totals} />
          </tr>
        </tfoot>
        ) : null}
      </table>
    </div>
  );
}
