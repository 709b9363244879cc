"use client";
// One trend chart with a table view of the same numbers (docs/decisions/0014-charting-library.md):
// ECharts core with only the modules used, SVG renderer, nothing fetched from the network.
import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import ReactEChartsCore from "echarts-for-react/lib/core";
import * as echarts from "echarts/core";
import { BarChart, LineChart } from "echarts/charts";
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import { SVGRenderer } from "echarts/renderers";

echarts.use([BarChart, LineChart, AriaComponent, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export interface TrendSeries {
  name: string;
  /** One value per date; null where there is nothing to measure (a share of zero people). */
  values: (number | null)[];
}

export function TrendChart({
  id,
  title,
  dates,
  series,
  kind,
  stacked = false,
  percent = false,
  from,
  to,
}: {
  id: string;
  title: string;
  dates: string[];
  series: TrendSeries[];
  kind: "bar" | "line";
  stacked?: boolean;
  percent?: boolean;
  from: string;
  to: string;
}) {
  const t = useTranslations("dashboard");
  const [asTable, setAsTable] = useState(false);
  const headingId = useId();
  const description = t("chartDescription", { title, from, to });
  const option = {
    aria: { enabled: true, label: { description } },
    animation: false,
    tooltip: { trigger: "axis" },
    legend: { top: 0, type: "scroll" },
    grid: { left: 40, right: 16, top: 36, bottom: 28 },
    xAxis: { type: "category", data: dates.map((d) => d.slice(5)) },
    yAxis: { type: "value", minInterval: 1, ...(percent ? { max: 100 } : {}) },
    series: series.map((s) => ({
      name: s.name,
      type: kind,
      data: s.values,
      ...(stacked ? { stack: "total" } : {}),
      ...(kind === "line" ? { showSymbol: false, connectNulls: false, ...(stacked ? { areaStyle: {} } : {}) } : {}),
    })),
  };
  const show = (v: number | null) => (v === null ? t("noData") : percent ? `${v}%` : String(v));
  return (
    <figure className="rounded-lg border border-slate-200 bg-white p-3" data-testid={`chart-${id}`} aria-labelledby={headingId}>
      <figcaption className="mb-2 flex items-center justify-between gap-2">
        <h3 id={headingId} className="text-sm font-semibold text-slate-800">
          {title}
        </h3>
        <button
          type="button"
          className="rounded-md border border-slate-300 px-2 py-1 text-xs text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-teal-600"
          aria-pressed={asTable}
          aria-label={asTable ? t("showChart", { title }) : t("showTable", { title })}
          onClick={() => setAsTable((v) => !v)}
        >
          {asTable ? t("chartView") : t("tableView")}
        </button>
      </figcaption>
      {asTable ? (
        <div className="max-h-72 overflow-auto">
          <table className="min-w-full text-xs" data-testid={`chart-table-${id}`}>
            <caption className="sr-only">{title}</caption>
            <thead className="sticky top-0 bg-slate-50 text-slate-600">
              <tr>
                <th scope="col" className="px-2 py-1 text-left font-medium">
                  {t("dateColumn")}
                </th>
                {series.map((s) => (
                  <th key={s.name} scope="col" className="px-2 py-1 text-right font-medium">
                    {s.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {dates.map((d, i) => (
                <tr key={d}>
                  <th scope="row" className="px-2 py-1 text-left font-normal whitespace-nowrap">
                    {d}
                  </th>
                  {series.map((s) => (
                    <td key={s.name} className="px-2 py-1 text-right tabular-nums">
                      {show(s.values[i] ?? null)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        // The aria component gives the chart's container role="img" and the description as its label.
        <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height: 260 }} opts={{ renderer: "svg" }} />
      )}
    </figure>
  );
}
