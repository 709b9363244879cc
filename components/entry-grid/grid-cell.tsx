"use client";

import { memo, useRef, type KeyboardEvent } from "react";
import { useTranslations } from "next-intl";
import type { ColumnDef } from "./columns";
import { normalizeCell } from "./grid-rows";
import { TypeBuffer } from "./type-to-select";

const BASE =
  "block w-full min-w-0 border-0 bg-transparent px-2 py-1.5 text-sm outline-none focus:bg-white focus:ring-2 focus:ring-teal-600 focus:ring-inset";
const BAD = "bg-red-50 ring-1 ring-red-400 ring-inset";

export interface GridCellProps {
  column: ColumnDef;
  row: number;
  col: number;
  value: string;
  label: string;
  error: string | undefined;
  /** The site column: each site's label with its free rooms, by id. */
  siteLabels?: ReadonlyMap<string, string>;
  onEdit: (row: number, field: ColumnDef["field"], value: string) => void;
}

/**
 * One cell: an input or a select carrying its position (data-row, data-col) for the grid's
 * keyboard and paste handlers, with its problem shown beneath it. A select takes typed letters
 * (label prefix, pinyin initials) and chooses at once; Enter and Tab then move on.
 */
export const GridCell = memo(function GridCell({ column, row, col, value, label, error, siteLabels, onEdit }: GridCellProps) {
  const d = useTranslations("domain");
  const g = useTranslations("cases.grid");
  const buffer = useRef<TypeBuffer | null>(null);
  const id = `grid-${row}-${column.field}`;
  const common = {
    id,
    "data-row": row,
    "data-col": col,
    "aria-label": label,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": error ? `${id}-error` : undefined,
    "aria-required": column.required || undefined,
    className: `${BASE} ${error ? BAD : ""}`,
  };
  let control;
  if (column.kind === "select") {
    const known = value === "" || (column.options ?? []).includes(value);
    const optionLabel = (v: string) =>
      column.field === "siteId"
        ? (siteLabels?.get(v) ?? v)
        : column.field === "sex"
          ? d(`sex.${v as "MALE"}`)
          : column.field === "category"
            ? d(`category.${v as "CLOSE"}`)
            : d(`exposureSetting.${v as "HOUSEHOLD"}`);
    const onKeyDown = (event: KeyboardEvent<HTMLSelectElement>) => {
      if (!column.choices || event.ctrlKey || event.metaKey || event.altKey || event.nativeEvent.isComposing) return;
      if (event.key === "Backspace" || event.key === "Delete") {
        event.preventDefault();
        buffer.current?.reset();
        if (value !== "") onEdit(row, column.field, "");
        return;
      }
      if (event.key.length !== 1 || event.key === " ") return;
      // Typed letters choose here; the browser's own type-ahead knows no pinyin.
      event.preventDefault();
      buffer.current ??= new TypeBuffer();
      const chosen = buffer.current.type(column.choices, event.key, performance.now());
      if (chosen !== null && chosen !== value) onEdit(row, column.field, chosen);
    };
    control = (
      <select {...common} value={value} onKeyDown={onKeyDown} onChange={(e) => onEdit(row, column.field, e.target.value)}>
        <option value="">{g("choose")}</option>
        {(column.options ?? []).map((o) => (
          <option key={o} value={o}>
            {optionLabel(o)}
          </option>
        ))}
        {known ? null : <option value={value}>{g("unknownOption", { value })}</option>}
      </select>
    );
  } else {
    control = (
      <input
        {...common}
        type="text"
        value={value}
        autoComplete="off"
        spellCheck={false}
        inputMode={column.kind === "date" || column.field === "phone" ? "numeric" : undefined}
        placeholder={column.kind === "date" ? "YYYY-MM-DD" : undefined}
        onChange={(e) => onEdit(row, column.field, e.target.value)}
        onBlur={(e) => {
          const normalized = normalizeCell(column, e.target.value);
          if (normalized !== e.target.value) onEdit(row, column.field, normalized);
        }}
      />
    );
  }
  return (
    <td className={`border border-slate-200 p-0 align-top ${column.width}`}>
      {control}
      {error ? (
        <p id={`${id}-error`} className="px-2 pb-1 text-xs leading-snug text-red-700" data-testid="cell-error">
          {error}
        </p>
      ) : null}
    </td>
  );
});
