import { describe, expect, it } from "vitest";
import { COLUMN, layoutForest, ROW } from "@/lib/chains/layout";

describe("layoutForest", () => {
  it("puts leaves in columns, parents over the middle of their children, depth in rows", () => {
    const p = layoutForest(["A"], [
      { id: "A", parentId: null },
      { id: "B", parentId: "A" },
      { id: "C", parentId: "A" },
      { id: "D", parentId: "B" },
      { id: "E", parentId: "B" },
    ]);
    expect(p.get("D")).toEqual({ x: 0, y: 2 * ROW });
    expect(p.get("E")).toEqual({ x: COLUMN, y: 2 * ROW });
    expect(p.get("B")).toEqual({ x: COLUMN / 2, y: ROW });
    expect(p.get("C")).toEqual({ x: 2 * COLUMN, y: ROW });
    expect(p.get("A")).toEqual({ x: (COLUMN / 2 + 2 * COLUMN) / 2, y: 0 });
  });

  it("places 1000 nodes in many trees without two on one spot, trees side by side and in bands", () => {
    const links: { id: string; parentId: string | null }[] = [];
    const roots: string[] = [];
    for (let t = 0; t < 50; t++) {
      roots.push(`r${t}`);
      links.push({ id: `r${t}`, parentId: null });
      for (let i = 0; i < 19; i++) links.push({ id: `r${t}-${i}`, parentId: i < 4 ? `r${t}` : `r${t}-${i % 4}` });
    }
    const p = layoutForest(roots, links);
    expect(p.size).toBe(1000);
    expect(new Set([...p.values()].map((v) => `${v.x},${v.y}`)).size).toBe(1000);
    expect(Math.max(...[...p.values()].map((v) => v.y))).toBeGreaterThan(2 * ROW);
  });
});
