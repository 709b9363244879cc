"use client";
import { useTranslations } from "next-intl";
import type { DayFigures } from "@/lib/dashboard/facts";
import { TrendChart } from "./trend-chart";

const pct = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 10);

/** The four trend charts of the dashboard, each with its table view. */
export function TrendCharts({
  from,
  to,
  points,
  counties,
}: {
  from: string;
  to: string;
  points: DayFigures[];
  /** With the epidemic curve by county: each county's points and its name. */
  counties?: { name: string; points: DayFigures[] }[];
}) {
  const t = useTranslations("dashboard");
  const dates = points.map((p) => p.date);
  const common = { dates, from, to };
  const curve = counties
    ? counties.map((c) => ({ name: c.name, values: c.points.map((p) => p.newCases.total) }))
    : [
        { name: t("confirmed"), values: points.map((p) => p.newCases.CONFIRMED) },
        { name: t("asymptomatic"), values: points.map((p) => p.newCases.ASYMPTOMATIC) },
      ];
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <TrendChart id="epi-curve" title={t("epiCurve")} kind="bar" stacked series={curve} {...common} />
      <TrendChart
        id="management"
        title={t("managementChart")}
        kind="line"
        stacked
        series={[
          { name: t("centralized"), values: points.map((p) => p.phases.CENTRALIZED_ISOLATION) },
          { name: t("homeMonitoring"), values: points.map((p) => p.phases.HOME_HEALTH_MONITORING) },
          { name: t("homeIsolation"), values: points.map((p) => p.phases.HOME_ISOLATION) },
          { name: t("observation"), values: points.map((p) => p.phases.MEDICAL_OBSERVATION) },
        ]}
        {...common}
      />
      <TrendChart
        id="contacts"
        title={t("contactsChart")}
        kind="bar"
        stacked
        series={[
          { name: t("close"), values: points.map((p) => p.contactsRegistered.CLOSE) },
          { name: t("secondary"), values: points.map((p) => p.contactsRegistered.SECONDARY) },
          { name: t("general"), values: points.map((p) => p.contactsRegistered.GENERAL) },
        ]}
        {...common}
      />
      <TrendChart
        id="timeliness"
        title={t("timelinessChart")}
        kind="line"
        percent
        series={[
          { name: t("tracingShare"), values: points.map((p) => pct(p.tracing.share)) },
          { name: t("placementShare"), values: points.map((p) => pct(p.placement.share)) },
          { name: t("completionShare"), values: points.map((p) => pct(p.tests.completion)) },
        ]}
        {...common}
      />
    </div>
  );
}
