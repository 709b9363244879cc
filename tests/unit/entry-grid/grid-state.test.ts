import { describe, expect, it } from "vitest";
import { columnsFor } from "@/components/entry-grid/columns";
import { gridReducer, initialGrid, type GridAction, type GridState } from "@/components/entry-grid/grid-state";
import { TODAY, validId } from "./helpers";

const run = (state: GridState, ...actions: GridAction[]) => actions.reduce(gridReducer, state);

describe("gridReducer", () => {
  it("adds rows with fresh keys and removes them, keeping one", () => {
    let s = run(initialGrid(TODAY), { type: "add" }, { type: "add" });
    expect(s.rows.map((r) => r.key)).toEqual(["r0", "r1", "r2"]);
    s = run(s, { type: "remove", index: 1 });
    expect(s.rows.map((r) => r.key)).toEqual(["r0", "r2"]);
    s = run(s, { type: "remove", index: 0 }, { type: "remove", index: 0 });
    expect(s.rows.map((r) => r.key)).toEqual(["r3"]);
  });

  it("pastes a block, adding rows, marking them for validation and noting what was pasted", () => {
    const block = [
      ["王五", "男", validId(1)],
      ["赵六", "女", validId(2)],
    ];
    const s = run(initialGrid(TODAY), { type: "paste", index: 0, col: 0, block, columns: columnsFor("CASE") });
    expect(s.rows.map((r) => r.values.name)).toEqual(["王五", "赵六"]);
    expect(s.visited).toEqual(["r0", "r1"]);
    expect(s.lastPaste).toEqual({ rows: 2, ignoredCells: 0 });
  });

  it("clears a server message when its cell is edited, and only that one", () => {
    let s = run(initialGrid(TODAY), { type: "server", cells: { r0: { idNumber: "已登记", phone: "格式" } } });
    expect(s.visited).toEqual(["r0"]);
    s = run(s, { type: "edit", index: 0, field: "idNumber", value: validId(3) });
    expect(s.server.r0).toEqual({ phone: "格式" });
    expect(s.rows[0]!.values.idNumber).toBe(validId(3));
  });

  it("compacts away blank rows before a save, and resets after one", () => {
    let s = run(initialGrid(TODAY, 3), { type: "edit", index: 1, field: "name", value: "张三" }, { type: "compact" });
    expect(s.rows.map((r) => r.key)).toEqual(["r1"]);
    s = run(s, { type: "reset" });
    expect(s.rows).toHaveLength(1);
    expect(s.rows[0]!.values.name).toBe("");
    expect(s.rows[0]!.key).not.toBe("r1");
    expect(run(initialGrid(TODAY, 2), { type: "compact" }).rows).toHaveLength(1);
  });

  it("counts each row's edits, pasted ones too, so a change undone is still a change", () => {
    const s = run(
      initialGrid(TODAY, 2),
      { type: "edit", index: 0, field: "name", value: "张三" },
      { type: "edit", index: 0, field: "name", value: "" },
      { type: "paste", index: 1, col: 0, block: [["李四"]], columns: columnsFor("CASE") },
    );
    expect(s.rows.map((r) => r.edits)).toEqual([2, 1]);
  });

  it("visiting the same rows again changes nothing", () => {
    const s = run(initialGrid(TODAY), { type: "visit", keys: ["r0"] });
    expect(gridReducer(s, { type: "visit", keys: ["r0"] })).toBe(s);
  });
});
