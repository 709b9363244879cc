// A chain graph with its legend, the limit notice and the table of clusters (server component).
import { getLocale, getTranslations } from "next-intl/server";
import type { ChainGraph } from "@/lib/chains/types";
import { countyNames } from "@/lib/jurisdictions/counties";
import { Notice } from "@/components/ui/notice";
import { Table } from "@/components/ui/table";
import { ChainGraphView } from "./chain-graph";
import { GROUP_COLOURS, NODE_GROUPS, type ChainGraphLabels } from "./graph-style";

const STATUSES = ["UNDER_TREATMENT", "RECOVERED", "DIED", "ACTIVE", "RELEASED", "BECAME_CASE", "ENDED_EARLY"] as const;

export async function ChainPanel({ graph, title }: { graph: ChainGraph; title: string }) {
  const [t, locale] = await Promise.all([getTranslations("chains"), getLocale()]);
  const names = await countyNames(locale);
  const labels: ChainGraphLabels = {
    groups: Object.fromEntries(NODE_GROUPS.map((g) => [g, t(`groups.${g}`)])) as ChainGraphLabels["groups"],
    statuses: Object.fromEntries(STATUSES.map((s) => [s, t(`statuses.${s}`)])),
    title,
    becameCase: t("becameCase"),
  };
  return (
    <div className="space-y-4">
      {graph.truncated ? (
        <Notice kind="warning" testId="chain-truncated">
          {t("truncated", { shown: graph.nodes.length, total: graph.totalNodes, limit: graph.limit })}
        </Notice>
      ) : null}
      {graph.nodes.length === 0 ? (
        <Notice kind="info">{t("empty")}</Notice>
      ) : (
        <div className="rounded-lg border border-slate-200 bg-white p-2">
          <ChainGraphView graph={graph} labels={labels} />
          <ul className="flex flex-wrap gap-4 px-2 pt-2 text-xs text-slate-600" aria-label={t("legend")}>
            {NODE_GROUPS.map((g) => (
              <li key={g} className="flex items-center gap-1">
                <span aria-hidden className="inline-block h-3 w-3 rounded-full" style={{ background: GROUP_COLOURS[g] }} />
                {labels.groups[g]}
              </li>
            ))}
            <li>◆ {t("legendCase")}</li>
            <li>● {t("legendContact")}</li>
            <li>{t("legendFaded")}</li>
            <li>{t("legendBecameCase")}</li>
          </ul>
        </div>
      )}
      <section aria-labelledby="clusters-heading">
        <h2 id="clusters-heading" className="mb-2 text-base font-semibold">
          {t("clusters", { count: graph.clusters.length })}
        </h2>
        <div data-testid="cluster-table">
          <Table
            caption={t("clustersCaption")}
            headers={[t("cluster"), t("county"), t("rootDate"), t("size"), t("cases"), t("contacts"), t("growth7"), t("shown")]}
            rows={graph.clusters.map((c, i) => ({
              key: c.id,
              cells: [`#${i + 1}`, names[c.countyCode] ?? c.countyCode, c.rootDate, c.size, c.cases, c.contacts, c.growth7 > 0 ? `+${c.growth7}` : "0", c.shown ? t("yes") : t("no")],
            }))}
            empty={t("noClusters")}
          />
        </div>
      </section>
    </div>
  );
}
