"use client";

import { useEffect, useRef, type ClipboardEvent, type Dispatch, type KeyboardEvent, type RefObject } from "react";
import type { ColumnDef } from "./columns";
import type { GridAction } from "./grid-state";
import { normalizeCell } from "./grid-rows";
import { isCellBlock, parseClipboardTable } from "./parse-paste";

function cellOf(target: EventTarget | null): { row: number; col: number } | null {
  if (!(target instanceof HTMLElement) || target.dataset.row === undefined || target.dataset.col === undefined) return null;
  return { row: Number(target.dataset.row), col: Number(target.dataset.col) };
}

/**
 * Spreadsheet keys and paste for the grid, handled once on the table (events bubble from the
 * cells). Tab and Shift+Tab are the browser's own: cells are in row order.
 */
export function useGridKeys(
  tableRef: RefObject<HTMLTableElement | null>,
  rowCount: number,
  columns: ColumnDef[],
  dispatch: Dispatch<GridAction>,
  /** Brings a row that is not rendered (the grid is virtualized) into view. */
  ensureVisible: (row: number) => void = () => {},
) {
  // A cell to focus once the rows it needs have rendered (after adding or removing a row).
  const pendingFocus = useRef<{ row: number; col: number } | null>(null);

  const focusCell = (row: number, col: number) => {
    const el = tableRef.current?.querySelector<HTMLElement>(`[data-row="${row}"][data-col="${col}"]`);
    if (!el) {
      // Off screen: scroll it in, and focus it once it has rendered.
      if (row >= 0 && row < rowCount) {
        pendingFocus.current = { row, col };
        ensureVisible(row);
      }
      return false;
    }
    el.focus();
    if (el instanceof HTMLInputElement) el.select();
    return true;
  };

  useEffect(() => {
    const target = pendingFocus.current;
    if (!target) return;
    const el = tableRef.current?.querySelector<HTMLElement>(`[data-row="${target.row}"][data-col="${target.col}"]`);
    if (!el) {
      if (target.row < rowCount) ensureVisible(target.row);
      else pendingFocus.current = null;
      return;
    }
    pendingFocus.current = null;
    el.focus();
    if (el instanceof HTMLInputElement) el.select();
  });

  const focusAfterRender = (row: number, col: number) => {
    pendingFocus.current = { row, col };
  };

  function onKeyDown(event: KeyboardEvent<HTMLTableElement>) {
    // Keys that confirm an IME composition (Chinese input) belong to the IME.
    if (event.nativeEvent.isComposing || event.keyCode === 229) return;
    const at = cellOf(event.target);
    if (!at) return;
    const last = rowCount - 1;
    if (event.key === "Enter" && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      if (at.row === last) {
        dispatch({ type: "add" });
        focusAfterRender(at.row + 1, at.col);
      } else {
        focusCell(at.row + 1, at.col);
      }
    } else if ((event.key === "ArrowDown" || event.key === "ArrowUp") && !event.altKey && !event.shiftKey) {
      // Also in a select: Space or Alt+↓ opens its list, the arrows move between rows.
      event.preventDefault();
      const to = event.key === "ArrowDown" ? at.row + 1 : at.row - 1;
      if (to >= 0 && to <= last) focusCell(to, at.col);
    } else if (event.key === "Delete" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      dispatch({ type: "remove", index: at.row });
      focusAfterRender(Math.max(0, Math.min(at.row, last - 1)), at.col);
    }
  }

  /** A block of cells fills from the cell pasted into; see applyPaste. */
  function onPaste(event: ClipboardEvent<HTMLTableElement>) {
    const at = cellOf(event.target);
    const column = at ? columns[at.col] : undefined;
    if (!at || !column) return;
    const text = event.clipboardData.getData("text/plain");
    if (!isCellBlock(text)) {
      // One value: inputs take it natively; a select gets the value its label names.
      if (column.kind === "select") {
        event.preventDefault();
        dispatch({ type: "edit", index: at.row, field: column.field, value: normalizeCell(column, text) });
      }
      return;
    }
    event.preventDefault();
    dispatch({ type: "paste", index: at.row, col: at.col, block: parseClipboardTable(text), columns });
  }

  return { onKeyDown, onPaste, focusCell };
}
