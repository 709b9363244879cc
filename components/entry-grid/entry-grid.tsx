"use client";

import { useCallback, useMemo, useReducer, useRef } from "react";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { LinkButton } from "@/components/ui/link-button";
import { Notice } from "@/components/ui/notice";
import { MatchPanel, type PanelRow } from "@/components/identity/match-panel";
import { columnsFor, type FieldName, type GridMode, type GridSite } from "./columns";
import { GridRowView } from "./grid-row-view";
import { gridReducer, initialGrid } from "./grid-state";
import { isBlankRow } from "./grid-rows";
import { duplicateIssues, validateRow } from "./row-checks";
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
  /** The county's active isolation sites, with their free rooms. */
  sites?: GridSite[];
  backHref: string;
}

/** Rows rendered before the first measurement (and on the server): about a screen's worth. */
const ROW_HEIGHT = 37;

/**
 * The line-list grid for entering many contacts at once: one row per person, checked in the
 * browser and then against the people the county holds (matches decided in the panel under
 * the grid), saved all or nothing, then each row's computed plan shown.
 */
export function EntryGrid({ mode, today, save, check, counties, sites = [], backHref }: Props) {
  const t = useTranslations("cases.grid");
  const ti = useTranslations("identity.grid");
  const columns = useMemo(() => columnsFor(mode, sites), [mode, sites]);
  const siteLabels = useMemo(() => new Map(sites.map((x) => [x.id, t("siteOption", { name: x.name, free: x.free, capacity: x.capacity })])), [sites, t]);
  const [state, dispatch] = useReducer(gridReducer, today, (d) => initialGrid(d, 3));
  const tableRef = useRef<HTMLTableElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  // docs/decisions/0024-entry-grid-virtualized.md: only the rows in view (and a margin) render.
  // eslint-disable-next-line react-hooks/incompatible-library -- its functions are read in this component only
  const virtualizer = useVirtualizer({
    count: state.rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    getItemKey: (i) => state.rows[i]?.key ?? i,
    initialRect: { width: 1000, height: ROW_HEIGHT * 16 },
  });
  const ensureVisible = useCallback((row: number) => virtualizer.scrollToIndex(row, { align: "auto" }), [virtualizer]);
  const keys = useGridKeys(tableRef, state.rows.length, columns, dispatch, ensureVisible);
  const { review, notice, saved, pending, submit, confirming, dismissSaved } = useGridSave({ mode, today, rows: state.rows, dispatch, save, check });

  // Each row is checked when it changes (validateRow keeps results per row values); only the
  // duplicates need every row, and they are a key per row.
  const duplicates = useMemo(() => duplicateIssues(state.rows, today), [state.rows, today]);
  const visited = useMemo(() => new Set(state.visited), [state.visited]);
  const filledCount = state.rows.filter((r) => !isBlankRow(r.values, today)).length;
  useUnsavedGuard(filledCount > 0 && saved === null, t("unsaved"));

  const onEdit = useCallback((row: number, field: FieldName, value: string) => dispatch({ type: "edit", index: row, field, value }), []);
  const onRemove = useCallback((row: number) => dispatch({ type: "remove", index: row }), []);
  const onVisit = useCallback((key: string) => dispatch({ type: "visit", keys: [key] }), []);
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

  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = items.length ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;
  return (
    <div className="space-y-3">
      <p className="text-xs text-slate-600" id="grid-help">
        {t("keyboardHelp")} {t("typeToSelect")}
      </p>
      {noticeBox}
      {state.lastPaste ? (
        <p role="status" className="text-sm text-slate-700">
          {state.lastPaste.ignoredCells > 0 ? t("pastedIgnored", { rows: state.lastPaste.rows, cells: state.lastPaste.ignoredCells }) : t("pasted", { rows: state.lastPaste.rows })}
        </p>
      ) : null}
      <div
        ref={scrollRef}
        className="max-h-[70vh] overflow-auto rounded-lg border border-slate-200 bg-white"
        data-testid="entry-grid-scroll"
      >
        <table
          ref={tableRef}
          className="w-full min-w-[60.5rem] table-fixed border-collapse text-sm"
          aria-label={t("label")}
          aria-describedby="grid-help"
          aria-rowcount={state.rows.length + 1}
          onKeyDown={keys.onKeyDown}
          onPaste={keys.onPaste}
          data-testid="entry-grid"
        >
          <thead className="sticky top-0 z-10 bg-slate-50 text-left text-slate-600">
            <tr aria-rowindex={1}>
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
            {padTop > 0 ? (
              <tr aria-hidden>
                <td colSpan={columns.length + 1} style={{ height: padTop, padding: 0, border: 0 }} />
              </tr>
            ) : null}
            {items.map((item) => {
              const row = state.rows[item.index]!;
              const shown = visited.has(row.key);
              const own = shown ? validateRow(row.values, mode, today) : undefined;
              const dup = shown ? duplicates.get(row.key) : undefined;
              return (
                <GridRowView
                  key={row.key}
                  row={row}
                  index={item.index}
                  columns={columns}
                  issues={dup ? { ...dup, ...own } : own}
                  server={state.server[row.key]}
                  siteLabels={siteLabels}
                  onEdit={onEdit}
                  onRemove={onRemove}
                  onVisit={onVisit}
                  measure={virtualizer.measureElement}
                />
              );
            })}
            {padBottom > 0 ? (
              <tr aria-hidden>
                <td colSpan={columns.length + 1} style={{ height: padBottom, padding: 0, border: 0 }} />
              </tr>
            ) : null}
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
          {pending ? t("saving") : confirming ? t("confirmWarningsSave") : review.open ? ti("confirmSave") : t("save")}
        </Button>
      </div>
    </div>
  );
}
