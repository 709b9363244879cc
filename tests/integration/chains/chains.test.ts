import { beforeAll, describe, expect, it } from "vitest";
import { buildGraph } from "@/lib/chains/build-graph";
import { walkDown } from "@/lib/chains/chain-query";
import { getCaseChain, getCountyChains } from "@/lib/chains/get-chains";
import { prisma } from "@/lib/db";
import type { ChainGraph } from "@/lib/chains/types";
import { at, expectAppError, MAERKANG, seedFixtures, WENCHUAN, type Users } from "../registry/fixtures";
import { buildOutbreak, type Outbreak } from "./outbreak";

let u: Users;
let o: Outbreak;
const now = at("2026-03-10");

beforeAll(async () => {
  u = await seedFixtures();
  o = await buildOutbreak(u);
});

const edgeSet = (g: ChainGraph) => new Set(g.edges.map((e) => `${e.source}>${e.target}:${e.kind}`));

describe("transmission chains", () => {
  it("gives a case's whole cluster: case → contacts → secondary contacts, and contact → the case it became", async () => {
    const g = await getCaseChain(u.mk, o.B, { date: "2026-03-10" }, { now });
    expect(new Set(g.nodes.map((n) => n.id))).toEqual(new Set([o.A, o.C1, o.C2, o.G1, o.S1, o.S2, o.B, o.C3]));
    expect(edgeSet(g)).toEqual(
      new Set([
        `${o.A}>${o.C1}:EXPOSURE`,
        `${o.A}>${o.C2}:EXPOSURE`,
        `${o.A}>${o.G1}:EXPOSURE`,
        `${o.C1}>${o.B}:BECAME_CASE`,
        `${o.B}>${o.S1}:EXPOSURE`,
        `${o.B}>${o.S2}:EXPOSURE`,
        `${o.B}>${o.C3}:EXPOSURE`,
      ]),
    );
    const byId = new Map(g.nodes.map((n) => [n.id, n]));
    expect(byId.get(o.C1)).toMatchObject({ kind: "CONTACT", category: "CLOSE", status: "BECAME_CASE", clusterId: o.A, depth: 1, label: "链密接一", href: `/contacts/${o.C1}` });
    expect(byId.get(o.B)).toMatchObject({ kind: "CASE", classification: "CONFIRMED", date: "2026-03-05", depth: 2, href: `/cases/${o.B}` });
    // Upgraded secondary contacts hang under the new case, as close contacts.
    expect(byId.get(o.S1)).toMatchObject({ category: "CLOSE", depth: 3 });
    expect(byId.get(o.G1)).toMatchObject({ category: "GENERAL" });
    // B (03-05) and C3 (03-06) are within the 7 days ending 03-10; everything else is older.
    expect(g.clusters).toEqual([{ id: o.A, rootDate: "2026-03-01", countyCode: MAERKANG, size: 8, cases: 2, contacts: 6, growth7: 2, shown: true }]);
    expect(g.truncated).toBe(false);
    // Every node has a place, and no two share one.
    expect(new Set(g.nodes.map((n) => `${n.x},${n.y}`)).size).toBe(g.nodes.length);
  });

  it("lists a county's clusters by size with their growth over the last 7 days", async () => {
    const { graph, from, to } = await getCountyChains(u.mk, { from: "2026-03-01", to: "2026-03-10" }, { now });
    expect([from, to]).toEqual(["2026-03-01", "2026-03-10"]);
    expect(graph.clusters.map((c) => [c.id, c.size, c.cases, c.growth7])).toEqual([
      [o.A, 8, 2, 2],
      [o.D, 2, 1, 2],
    ]);
    expect(graph.totalNodes).toBe(10);
    expect(graph.edges).toHaveLength(8);
    // A day on which only B (inside A's cluster) and D were confirmed: both clusters, A's whole.
    const later = await getCountyChains(u.mk, { from: "2026-03-05", to: "2026-03-05" }, { now });
    expect(later.graph.clusters.map((c) => c.id).sort()).toEqual([o.A, o.D].sort());
    const none = await getCountyChains(u.mk, { from: "2026-02-01", to: "2026-02-20" }, { now });
    expect(none.graph.nodes).toEqual([]);
  });

  it("keeps whole clusters, largest first, within the node limit and says so", async () => {
    const rows = await walkDown(prisma(), [o.A, o.D], MAERKANG, false);
    const g = buildGraph(rows, { asOf: "2026-03-10", hrefOf: () => null, limit: 5 });
    expect(g.truncated).toBe(true);
    expect(g.totalNodes).toBe(10);
    expect(g.nodes.map((n) => n.clusterId)).toEqual([o.D, o.D]);
    expect(g.clusters.map((c) => c.shown)).toEqual([false, true]);
  });

  it("county staff of another county get neither the case's chain nor the county's", async () => {
    await expectAppError(getCaseChain(u.wc, o.A, {}, { now }), "NOT_FOUND");
    await expectAppError(getCaseChain(u.wc, o.B, {}, { now }), "NOT_FOUND");
    await expectAppError(getCountyChains(u.wc, { countyCode: MAERKANG }, { now }), "FORBIDDEN");
    const own = await getCountyChains(u.wc, { from: "2026-03-01", to: "2026-03-10" }, { now });
    expect(own.countyCode).toBe(WENCHUAN);
    expect(new Set(own.graph.nodes.map((n) => n.id))).toEqual(new Set([o.W, o.W1]));
    await expectAppError(getCaseChain(u.admin, o.A, {}, { now }), "FORBIDDEN");
  });

  it("gives officials the structure with no names and no links to records", async () => {
    const g = await getCaseChain(u.official, o.A, {}, { now });
    expect(g.nodes).toHaveLength(8);
    expect(g.nodes.every((n) => n.label === null && n.href === null)).toBe(true);
    const text = JSON.stringify(await getCountyChains(u.official, { countyCode: MAERKANG, from: "2026-03-01", to: "2026-03-10" }, { now }));
    for (const name of ["链病例甲", "链密接一", "链次密一", "链", "13800000000"]) expect(text).not.toContain(name);
    await expectAppError(getCountyChains(u.official, {}, { now }), "VALIDATION");
    await expectAppError(getCountyChains(u.official, { countyCode: MAERKANG, from: "2026-03-10", to: "2026-03-01" }, { now }), "VALIDATION");
  });
});
