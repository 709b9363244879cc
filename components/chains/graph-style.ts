// Colours and groups of the chain graph, shared by the client graph and the server legend (a
// "use client" module's plain values are not importable from a server component).
import type { ChainNode } from "@/lib/chains/types";

export const NODE_GROUPS = ["CONFIRMED", "ASYMPTOMATIC", "CLOSE", "SECONDARY", "GENERAL"] as const;
export type NodeGroup = (typeof NODE_GROUPS)[number];
export const GROUP_COLOURS: Record<NodeGroup, string> = {
  CONFIRMED: "#b91c1c",
  ASYMPTOMATIC: "#ea580c",
  CLOSE: "#1d4ed8",
  SECONDARY: "#7c3aed",
  GENERAL: "#64748b",
};
/** Statuses whose plan or treatment is over draw faded. */
export const FADED_STATUSES: ReadonlySet<string> = new Set(["RELEASED", "ENDED_EARLY", "RECOVERED", "DIED"]);

export const groupOf = (n: Pick<ChainNode, "classification" | "category">): NodeGroup => (n.classification ?? n.category ?? "GENERAL") as NodeGroup;

export interface ChainGraphLabels {
  groups: Record<NodeGroup, string>;
  statuses: Record<string, string>;
  /** The graph's accessible name. */
  title: string;
  becameCase: string;
}
