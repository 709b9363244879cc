// From the walked rows to the graph answer (pure, no I/O): clusters with their size and growth,
// the limit on nodes (whole clusters, largest first), and a precomputed layout so the browser
// draws without a force simulation (docs/decisions/0020-transmission-chains.md).
import { addDays } from "@/lib/isolation/dates";
import type { WalkedRow } from "./chain-query";
import { CHAIN_NODE_LIMIT, type ChainCluster, type ChainEdge, type ChainGraph, type ChainNode } from "./types";
import { layoutForest } from "./layout";

export interface BuildOptions {
  asOf: string;
  /** The record page of a node, or null when the viewer may not open it. */
  hrefOf: (row: WalkedRow) => string | null;
  limit?: number;
}

export function buildGraph(rows: WalkedRow[], opts: BuildOptions): ChainGraph {
  const limit = opts.limit ?? CHAIN_NODE_LIMIT;
  const weekStart = addDays(opts.asOf, -6);
  const seen = new Set<string>();
  const unique = rows.filter((r) => (seen.has(r.id) ? false : (seen.add(r.id), true)));

  const clusters = new Map<string, ChainCluster>();
  for (const r of unique) {
    let c = clusters.get(r.root);
    if (!c) {
      c = { id: r.root, rootDate: r.date, countyCode: r.countyCode, size: 0, cases: 0, contacts: 0, growth7: 0, shown: false };
      clusters.set(r.root, c);
    }
    if (r.id === r.root) {
      c.rootDate = r.date;
      c.countyCode = r.countyCode;
    }
    c.size += 1;
    if (r.kind === "CASE") c.cases += 1;
    else c.contacts += 1;
    if (r.date >= weekStart && r.date <= opts.asOf) c.growth7 += 1;
  }
  const ordered = [...clusters.values()].sort((a, b) => b.size - a.size || b.growth7 - a.growth7 || a.rootDate.localeCompare(b.rootDate) || a.id.localeCompare(b.id));
  let room = limit;
  for (const c of ordered) {
    if (c.size <= room) {
      c.shown = true;
      room -= c.size;
    }
  }
  const shownRows = unique.filter((r) => clusters.get(r.root)!.shown);
  const positions = layoutForest(
    ordered.filter((c) => c.shown).map((c) => c.id),
    shownRows.map((r) => ({ id: r.id, parentId: r.parentId })),
  );
  const nodes: ChainNode[] = shownRows.map((r) => {
    const p = positions.get(r.id) ?? { x: 0, y: 0 };
    return {
      id: r.id,
      kind: r.kind,
      classification: r.classification,
      category: r.category,
      status: r.status,
      countyCode: r.countyCode,
      date: r.date,
      clusterId: r.root,
      depth: r.depth,
      label: r.name,
      href: opts.hrefOf(r),
      x: p.x,
      y: p.y,
    };
  });
  const edges: ChainEdge[] = shownRows.filter((r) => r.parentId && r.edgeKind).map((r) => ({ source: r.parentId!, target: r.id, kind: r.edgeKind! }));
  return { asOf: opts.asOf, nodes, edges, clusters: ordered, totalNodes: unique.length, limit, truncated: shownRows.length < unique.length };
}
