// The grid's state and every change to it, as a reducer (pure: unit-tested without a browser).
import type { ColumnDef, FieldName } from "./columns";
import { applyPaste, autofillFromId, blankValues, isBlankRow, removeRow, type GridRow } from "./grid-rows";
import type { CellMessages } from "./payload";

export interface GridState {
  today: string;
  rows: GridRow[];
  /** Source of row keys (stable across edits, unlike positions). */
  seq: number;
  /** Rows whose problems are shown: left by the keyboard, pasted, or part of a save attempt. */
  visited: string[];
  /** The server's messages from the last refused save, by row key; a cell's clears when edited. */
  server: Record<string, CellMessages>;
  lastPaste: { rows: number; ignoredCells: number } | null;
}

export type GridAction =
  | { type: "edit"; index: number; field: FieldName; value: string }
  | { type: "add" }
  | { type: "remove"; index: number }
  | { type: "paste"; index: number; col: number; block: string[][]; columns: ColumnDef[] }
  | { type: "visit"; keys: string[] }
  | { type: "compact" }
  | { type: "server"; cells: Record<string, CellMessages> }
  | { type: "reset" };

export function initialGrid(today: string, rows = 1): GridState {
  return {
    today,
    rows: Array.from({ length: rows }, (_, i) => ({ key: `r${i}`, values: blankValues(today) })),
    seq: rows,
    visited: [],
    server: {},
    lastPaste: null,
  };
}

/** A row factory that records how many keys it handed out. */
function rowMaker(state: GridState) {
  let seq = state.seq;
  const make = (): GridRow => ({ key: `r${seq++}`, values: blankValues(state.today) });
  return { make, seq: () => seq };
}

const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];

export function gridReducer(state: GridState, action: GridAction): GridState {
  switch (action.type) {
    case "edit": {
      const row = state.rows[action.index];
      if (!row) return state;
      const edited = { ...row.values, [action.field]: action.value };
      const values = action.field === "idNumber" ? autofillFromId(edited) : edited;
      // Only the edited row is a new object: the other rows keep their identity (and skip rendering).
      const rows = state.rows.slice();
      rows[action.index] = { ...row, values, edits: (row.edits ?? 0) + 1 };
      const messages = state.server[row.key];
      if (!messages?.[action.field]) return { ...state, rows };
      const rest = { ...messages };
      delete rest[action.field];
      return { ...state, rows, server: { ...state.server, [row.key]: rest } };
    }
    case "add": {
      const maker = rowMaker(state);
      return { ...state, rows: [...state.rows, maker.make()], seq: maker.seq() };
    }
    case "remove": {
      const maker = rowMaker(state);
      return { ...state, rows: removeRow(state.rows, action.index, maker.make), seq: maker.seq() };
    }
    case "paste": {
      const maker = rowMaker(state);
      const result = applyPaste(state.rows, action.index, action.col, action.block, action.columns, maker.make);
      const server = { ...state.server };
      for (const key of result.touched) delete server[key];
      return {
        ...state,
        rows: result.rows,
        seq: maker.seq(),
        visited: union(state.visited, result.touched),
        server,
        lastPaste: { rows: result.touched.length, ignoredCells: result.ignoredCells },
      };
    }
    case "visit":
      return action.keys.every((k) => state.visited.includes(k)) ? state : { ...state, visited: union(state.visited, action.keys) };
    case "compact": {
      const rows = state.rows.filter((r) => !isBlankRow(r.values, state.today));
      if (rows.length === state.rows.length) return state;
      if (rows.length > 0) return { ...state, rows };
      const maker = rowMaker(state);
      return { ...state, rows: [maker.make()], seq: maker.seq() };
    }
    case "server":
      return { ...state, server: action.cells, visited: union(state.visited, Object.keys(action.cells)) };
    case "reset": {
      const maker = rowMaker(state);
      return { ...state, rows: [maker.make()], seq: maker.seq(), visited: [], server: {}, lastPaste: null };
    }
  }
}
