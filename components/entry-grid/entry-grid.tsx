"use client";

import { useCallback, useMemo, useReducer, useRef } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { LinkButton } from "@/components/ui/link-button";
import { Notice } from "@/components/ui/notice";
import { MatchPanel, type PanelRow } from "@/components/identity/match-panel";
import { columnsFor, type FieldName, type GridMode } from "./columns";
import { GridCell } from "./grid-cell";
import { gridReducer, initialGrid } from "./grid-state";
import { isBlankRow } from "./grid-rows";
import { validateRows, type CellIssue } from "./row-validation";
import { SavedPlans } from "./saved-plans";
import { reviewed, useGridSave, type CheckContacts, type SaveContacts } from "./use-grid-save";
import { useGridKeys } from "./use-grid-keys";
import { useUnsavedGuard } from "./use-unsaved-guard";

interface Props {
  mode: GridMode;
  today: string;
  save: SaveContacts;
  /** Looks up each row's matches before saving (reads only). */
  check: CheckContacts;
  /** County names by code (who manages a person found in another county). */
  counties: Record<string, string>;
  backHref: string;
}

/**
 * The line-list grid for entering many contacts at once: one row per person, checked in the
 * browser and then against the people the county holds (matches decided in the panel under
 * the grid), saved all or nothing, then each row's computed plan shown.
 */
export function EntryGrid({ mode, today, save, check, counties, backHref }: Props) {
  const t = useTranslations("cases.grid");
  const ti = useTranslations("identity.grid");
  const translate = useTranslations() as unknown as (key: string, values?: Record<string, string | number>) => string;
  const columns = useMemo(() => columnsFor(mode), [mode]);
  const [state, dispatch] = useReducer(gridReducer, today, (d) => initialGrid(d, 3));
  const tableRef = useRef<HTMLTableElement>(null);
  const keys = useGridKeys(tableRef, state.rows.length, columns, dispatch);
  const { review, notice, saved, pending, submit, dismissSaved } = useGridSave({ mode, today, rows: state.rows, dispatch, save, check });

  const issues = useMemo(() => validateRows(state.rows, mode, today), [state.rows, mode, today]);
  const filledCount = state.rows.filter((r) => !isBlankRow(r.values, today)).length;
  useUnsavedGuard(filledCount > 0 && saved === null, t("unsaved"));

  const onEdit = useCallback((row: number, field: FieldName, value: string) => dispatch({ type: "edit", index: row, field, value }), []);
  const message = (issue: CellIssue | undefined) => (issue ? translate(issue.key, issue.values) : undefined);
  const indexOf = (key: string) => state.rows.findIndex((r) => r.key === key);
  const panelRows: PanelRow[] = review.open
    ? state.rows.map((row, i) => {
        const r = reviewed(row);
        const v = row.values;
        return {
          key: row.key,
          label: ti("row", { row: i + 1 }),
          typed: { name: v.name.trim(), phone: v.phone.trim() || undefined, sex: v.sex || undefined },
          matches: review.matchesOf(row.key),
          decision: review.decisionOf(r),
          status: review.statusOf(r),
          edited: review.edited(r),
        };
      })
    : [];
  const fixRow = (key: string) => {
    const col = columns.findIndex((c) => c.field === "idNumber");
    keys.focusCell(Math.max(0, indexOf(key)), Math.max(0, col));
  };

  const noticeBox = notice ? (
    <Notice kind={notice.kind} testId="grid-notice">
      <p>{notice.text}</p>
      {notice.more?.length ? (
        <ul className="mt-1 list-disc pl-5">
          {notice.more.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      ) : null}
    </Notice>
  ) : null;

  if (saved) {
    return (
      <div className="space-y-4">
        {noticeBox}
        <SavedPlans saved={saved} counties={counties} />
        <div className="flex flex-wrap gap-2">
          <Button type="button" onClick={dismissSaved}>
            {t("enterMore")}
          </Button>
          <LinkButton href={backHref}>{t("backToCase")}</LinkButton>
        </div>
      </div>
    );
  }

  const visited = new Set(state.visited);
  return (
    <div className="space-y-3">
      <p className="text-xs text-slate-600" id="grid-help">
        {t("keyboardHelp")}
      </p>
      {noticeBox}
      {state.lastPaste ? (
        <p role="status" className="text-sm text-slate-700">
          {state.lastPaste.ignoredCells > 0 ? t("pastedIgnored", { rows: state.lastPaste.rows, cells: state.lastPaste.ignoredCells }) : t("pasted", { rows: state.lastPaste.rows })}
        </p>
      ) : null}
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" data-testid="entry-grid-scroll">
        <table
          ref={tableRef}
          className="w-full min-w-[60.5rem] table-fixed border-collapse text-sm"
          aria-label={t("label")}
          aria-describedby="grid-help"
          onKeyDown={keys.onKeyDown}
          onPaste={keys.onPaste}
          data-testid="entry-grid"
        >
          <thead className="bg-slate-50 text-left text-slate-600">
            <tr>
              <th scope="col" className="w-12 border border-slate-200 px-2 py-2 font-medium">
                {t("rowNumber")}
              </th>
              {columns.map((c) => (
                <th key={c.field} scope="col" className={`border border-slate-200 px-2 py-2 font-medium ${c.width}`}>
                  {t(`columns.${c.field}`)}
                  {c.required ? <span className="ml-0.5 text-red-700" aria-hidden>*</span> : null}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {state.rows.map((row, r) => {
              const shown = visited.has(row.key);
              const rowIssues = shown ? issues.get(row.key) : undefined;
              const server = state.server[row.key];
              return (
                <tr
                  key={row.key}
                  data-testid="grid-row"
                  onBlur={(e) => {
                    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) dispatch({ type: "visit", keys: [row.key] });
                  }}
                >
                  <th scope="row" className="border border-slate-200 px-1 py-1 text-left align-top font-normal whitespace-nowrap text-slate-500">
                    <span className="inline-block w-5 text-right tabular-nums">{r + 1}</span>
                    <button
                      type="button"
                      tabIndex={-1}
                      aria-keyshortcuts="Control+Delete"
                      aria-label={t("removeRow", { row: r + 1 })}
                      title={t("removeRow", { row: r + 1 })}
                      onClick={() => dispatch({ type: "remove", index: r })}
                      className="ml-1 rounded px-1 text-slate-400 hover:bg-red-50 hover:text-red-700"
                    >
                      ×
                    </button>
                  </th>
                  {columns.map((column, c) => (
                    <GridCell
                      key={column.field}
                      column={column}
                      row={r}
                      col={c}
                      value={row.values[column.field]}
                      label={t("cellLabel", { column: t(`columns.${column.field}`), row: r + 1 })}
                      error={server?.[column.field] ?? message(rowIssues?.[column.field])}
                      onEdit={onEdit}
                    />
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <MatchPanel
        purpose="CONTACT"
        rows={panelRows}
        counties={counties}
        where="row"
        onDecide={(key, decision) => {
          const row = state.rows.find((r) => r.key === key);
          if (row) review.decide(reviewed(row), decision);
        }}
        onFixRow={fixRow}
        onRemoveRow={(key) => dispatch({ type: "remove", index: indexOf(key) })}
      />
      <div className="flex flex-wrap items-center gap-2">
        <Button type="button" variant="secondary" onClick={() => dispatch({ type: "add" })}>
          {t("addRow")}
        </Button>
        <span className="text-sm text-slate-600">{t("rows", { count: filledCount })}</span>
        <Button type="button" className="ml-auto" onClick={submit} disabled={pending} data-testid="grid-save">
          {pending ? t("saving") : review.open ? ti("confirmSave") : t("save")}
        </Button>
      </div>
    </div>
  );
}
