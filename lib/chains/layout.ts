// A tidy layered layout of a forest (pure): each tree's leaves take one column each, a parent
// sits over the middle of its children, depth gives the row; trees are placed side by side and
// wrap into bands. O(nodes), deterministic, and leaves the browser nothing to simulate.
export const COLUMN = 36;
export const ROW = 70;
const BAND_WIDTH = 60 * COLUMN;

export function layoutForest(roots: string[], links: { id: string; parentId: string | null }[]): Map<string, { x: number; y: number }> {
  const children = new Map<string, string[]>();
  for (const l of links) {
    if (!l.parentId) continue;
    const list = children.get(l.parentId) ?? [];
    list.push(l.id);
    children.set(l.parentId, list);
  }
  const out = new Map<string, { x: number; y: number }>();
  let bandX = 0;
  let bandY = 0;
  let bandHeight = 0;
  for (const root of roots) {
    // Iterative post-order: columns for leaves, parents centred over their children.
    const local = new Map<string, { x: number; depth: number }>();
    let column = 0;
    let maxDepth = 0;
    const stack: { id: string; depth: number; done: boolean }[] = [{ id: root, depth: 0, done: false }];
    while (stack.length) {
      const top = stack.pop()!;
      const kids = children.get(top.id) ?? [];
      if (!top.done && kids.length) {
        stack.push({ ...top, done: true });
        for (let i = kids.length - 1; i >= 0; i--) stack.push({ id: kids[i]!, depth: top.depth + 1, done: false });
        continue;
      }
      maxDepth = Math.max(maxDepth, top.depth);
      const x = kids.length ? (local.get(kids[0]!)!.x + local.get(kids[kids.length - 1]!)!.x) / 2 : column++;
      local.set(top.id, { x, depth: top.depth });
    }
    const width = Math.max(column, 1) * COLUMN;
    if (bandX > 0 && bandX + width > BAND_WIDTH) {
      bandY += bandHeight + 2 * ROW;
      bandX = 0;
      bandHeight = 0;
    }
    for (const [id, p] of local) out.set(id, { x: bandX + p.x * COLUMN, y: bandY + p.depth * ROW });
    bandX += width + 2 * COLUMN;
    bandHeight = Math.max(bandHeight, maxDepth * ROW);
  }
  return out;
}
