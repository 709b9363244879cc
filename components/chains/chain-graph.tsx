"use client";
// The chain graph (docs/decisions/0020-transmission-chains.md): ECharts' graph series with the
// server's precomputed layout (layout "none"), so 500+ nodes draw at once with nothing to
// simulate. Core imports only: the graph chart, tooltip and legend, on canvas.
import { useMemo } from "react";
import { useRouter } from "next/navigation";
import ReactEChartsCore from "echarts-for-react/lib/core";
import * as echarts from "echarts/core";
import { GraphChart } from "echarts/charts";
import { LegendComponent, TooltipComponent } from "echarts/components";
import { CanvasRenderer } from "echarts/renderers";
import type { ChainGraph } from "@/lib/chains/types";
import { FADED_STATUSES, GROUP_COLOURS, groupOf, NODE_GROUPS, type ChainGraphLabels } from "./graph-style";

echarts.use([GraphChart, LegendComponent, TooltipComponent, CanvasRenderer]);

export function ChainGraphView({ graph, labels, height = 560 }: { graph: ChainGraph; labels: ChainGraphLabels; height?: number }) {
  const router = useRouter();
  const option = useMemo(() => {
    const large = graph.nodes.length > 300;
    return {
      animation: !large,
      tooltip: { confine: true },
      legend: [{ data: NODE_GROUPS.map((g) => labels.groups[g]), top: 0 }],
      series: [
        {
          type: "graph",
          layout: "none",
          roam: true,
          draggable: false,
          top: 40,
          symbolSize: large ? 8 : 14,
          label: { show: !large && graph.nodes.length <= 120, position: "right", fontSize: 11 },
          edgeSymbol: ["none", "arrow"],
          edgeSymbolSize: large ? 4 : 7,
          emphasis: { focus: "adjacency" },
          categories: NODE_GROUPS.map((g) => ({ name: labels.groups[g], itemStyle: { color: GROUP_COLOURS[g] } })),
          data: graph.nodes.map((n) => {
            const group = groupOf(n);
            const status = labels.statuses[n.status] ?? n.status;
            const name = n.label ?? `${labels.groups[group]} · ${n.date}`;
            return {
              id: n.id,
              name,
              x: n.x,
              y: n.y,
              category: NODE_GROUPS.indexOf(group),
              symbol: n.kind === "CASE" ? "diamond" : "circle",
              symbolSize: n.kind === "CASE" ? (large ? 12 : 20) : undefined,
              itemStyle: {
                opacity: FADED_STATUSES.has(n.status) ? 0.45 : 1,
                borderColor: n.status === "BECAME_CASE" ? GROUP_COLOURS.CONFIRMED : "#fff",
                borderWidth: n.status === "BECAME_CASE" ? 3 : 1,
              },
              tooltip: { formatter: () => `${name}<br/>${labels.groups[group]} · ${status}<br/>${n.date}` },
              href: n.href,
            };
          }),
          links: graph.edges.map((e) => ({
            source: e.source,
            target: e.target,
            lineStyle: e.kind === "BECAME_CASE" ? { color: GROUP_COLOURS.CONFIRMED, type: "dashed", width: 2 } : { color: "#94a3b8" },
          })),
        },
      ],
    };
  }, [graph, labels]);

  return (
    <div data-testid="chain-graph" role="img" aria-label={labels.title}>
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        notMerge
        lazyUpdate
        style={{ height, width: "100%" }}
        opts={{ renderer: "canvas" }}
        onEvents={{
          click: (p: { dataType?: string; data?: { href?: string | null } }) => {
            // Only those allowed to open the record get a link (county staff, their county).
            if (p.dataType === "node" && p.data?.href) router.push(p.data.href);
          },
        }}
      />
    </div>
  );
}
