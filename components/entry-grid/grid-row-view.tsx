"use client";

import { memo } from "react";
import { useTranslations } from "next-intl";
import type { ColumnDef, FieldName } from "./columns";
import { GridCell } from "./grid-cell";
import type { GridRow } from "./grid-rows";
import type { CellMessages } from "./payload";
import type { RowIssues } from "./row-checks";

interface Props {
  row: GridRow;
  index: number;
  columns: ColumnDef[];
  /** The row's problems, when they are shown (the row was left, pasted or part of a save). */
  issues: RowIssues | undefined;
  server: CellMessages | undefined;
  siteLabels: ReadonlyMap<string, string>;
  onEdit: (row: number, field: FieldName, value: string) => void;
  onRemove: (row: number) => void;
  onVisit: (key: string) => void;
  measure: (el: HTMLTableRowElement | null) => void;
}

/**
 * One row of the grid. Memoized on its own props: a keystroke makes a new object of the row
 * typed in only, so only that row renders again (docs/decisions/0024-entry-grid-virtualized.md).
 */
export const GridRowView = memo(function GridRowView({ row, index, columns, issues, server, siteLabels, onEdit, onRemove, onVisit, measure }: Props) {
  const t = useTranslations("cases.grid");
  const translate = useTranslations() as unknown as (key: string, values?: Record<string, string | number>) => string;
  return (
    <tr
      ref={measure}
      data-index={index}
      data-testid="grid-row"
      aria-rowindex={index + 2}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) onVisit(row.key);
      }}
    >
      <th scope="row" className="border border-slate-200 px-1 py-1 text-left align-top font-normal whitespace-nowrap text-slate-500">
        <span className="inline-block w-6 text-right text-xs tabular-nums">{index + 1}</span>
        <button
          type="button"
          tabIndex={-1}
          aria-keyshortcuts="Control+Delete"
          aria-label={t("removeRow", { row: index + 1 })}
          title={t("removeRow", { row: index + 1 })}
          onClick={() => onRemove(index)}
          className="ml-1 rounded px-1 text-slate-400 hover:bg-red-50 hover:text-red-700"
        >
          ×
        </button>
      </th>
      {columns.map((column, c) => {
        const issue = issues?.[column.field];
        return (
          <GridCell
            key={column.field}
            column={column}
            row={index}
            col={c}
            value={row.values[column.field]}
            label={t("cellLabel", { column: t(`columns.${column.field}`), row: index + 1 })}
            error={server?.[column.field] ?? (issue ? translate(issue.key, issue.values) : undefined)}
            siteLabels={column.field === "siteId" ? siteLabels : undefined}
            onEdit={onEdit}
          />
        );
      })}
    </tr>
  );
});
