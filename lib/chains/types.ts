// Shapes of a transmission-chain answer (docs/decisions/0020-transmission-chains.md). Pure types
// and constants: the graph component imports them on the client.
export const CHAIN_NODE_LIMIT = 1000;

export type ChainNodeKind = "CASE" | "CONTACT";

export interface ChainNode {
  id: string;
  kind: ChainNodeKind;
  /** Cases: CONFIRMED | ASYMPTOMATIC. */
  classification: "CONFIRMED" | "ASYMPTOMATIC" | null;
  /** Contacts: CLOSE | SECONDARY | GENERAL. */
  category: "CLOSE" | "SECONDARY" | "GENERAL" | null;
  /** Case or contact status. */
  status: string;
  countyCode: string;
  /** Confirmation date (cases) or identification date (contacts). */
  date: string;
  /** The case at the top of its cluster. */
  clusterId: string;
  /** Hops from the cluster's root case. */
  depth: number;
  /** The person's name for those who see personal data in full; null otherwise. */
  label: string | null;
  /** The record's page for those allowed to open it; null otherwise. */
  href: string | null;
  x: number;
  y: number;
}

export interface ChainEdge {
  source: string;
  target: string;
  /** EXPOSURE: case → contact or close → secondary contact; BECAME_CASE: contact → its case. */
  kind: "EXPOSURE" | "BECAME_CASE";
}

export interface ChainCluster {
  /** The root case's id. */
  id: string;
  rootDate: string;
  countyCode: string;
  size: number;
  cases: number;
  contacts: number;
  /** Nodes dated within the 7 days ending on `asOf`. */
  growth7: number;
  /** Whether its nodes are in the graph (the largest clusters are kept up to the limit). */
  shown: boolean;
}

export interface ChainGraph {
  asOf: string;
  nodes: ChainNode[];
  edges: ChainEdge[];
  clusters: ChainCluster[];
  /** All nodes found, shown or not. */
  totalNodes: number;
  limit: number;
  truncated: boolean;
}
