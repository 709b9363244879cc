"use client";
import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import type { PreviewRow } from "./types";
import type { ImportState } from "./use-import";

const PAGE = 100;
const GOOD = new Set(["OK", "MATCHED", "RECORDED"]);
const TONE: Record<string, string> = {
  OK: "text-green-800",
  MATCHED: "text-green-800",
  RECORDED: "text-slate-500",
  ERROR: "text-red-800",
  REFUSED: "text-red-800",
  UNMATCHED: "text-amber-800",
  AMBIGUOUS: "text-amber-800",
  DECIDE: "text-amber-800",
};

/**
 * The rows of the preview, 100 a page; rows with problems show their cells as inputs, so they
 * can be fixed here, and their issues, each naming the row and column.
 */
export function PreviewTable({ state, extra }: { state: ImportState; extra?: (row: PreviewRow) => ReactNode }) {
  const t = useTranslations("imports.page");
  const p = state.preview!;
  const problems = p.rows.filter((r) => !GOOD.has(r.status));
  const [onlyProblems, setOnlyProblems] = useState(problems.length > 0);
  const [page, setPage] = useState(0);
  const rows = onlyProblems ? problems : p.rows;
  const shown = rows.slice(page * PAGE, (page + 1) * PAGE);
  const fields = p.columns.filter((c) => p.mapping[c.field] !== null && p.mapping[c.field] !== undefined);
  const edited = (row: number, field: string, fallback: string) => state.settings.edits.find((e) => e.row === row && e.field === field)?.value ?? fallback;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-4 text-sm">
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={onlyProblems} onChange={(e) => (setOnlyProblems(e.target.checked), setPage(0))} />
          {t("showProblems")}
        </label>
        {rows.length > PAGE ? (
          <span className="flex items-center gap-2">
            <Button variant="ghost" disabled={page === 0} onClick={() => setPage(page - 1)}>
              ‹
            </Button>
            {page + 1} / {Math.ceil(rows.length / PAGE)}
            <Button variant="ghost" disabled={(page + 1) * PAGE >= rows.length} onClick={() => setPage(page + 1)}>
              ›
            </Button>
          </span>
        ) : null}
      </div>
      <div className="overflow-x-auto">
        <table className="min-w-full border-collapse text-sm" data-testid="import-preview">
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th className="px-2 py-1">{t("row")}</th>
              <th className="px-2 py-1">{t("status")}</th>
              {fields.map((c) => (
                <th key={c.field} className="px-2 py-1 whitespace-nowrap">
                  {c.label}
                </th>
              ))}
              {extra ? <th className="px-2 py-1" /> : null}
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.row} className="border-b border-slate-100 align-top" data-testid={`import-row-${r.row}`}>
                <td className="px-2 py-1">{r.row}</td>
                <td className={`px-2 py-1 whitespace-nowrap ${TONE[r.status] ?? ""}`}>
                  {t(`status${r.status}` as "statusOK")}
                  {r.issues.length ? (
                    <ul className="mt-1 max-w-xs text-xs whitespace-normal">
                      {r.issues.map((i, k) => (
                        <li key={k}>{i.message}</li>
                      ))}
                    </ul>
                  ) : null}
                </td>
                {fields.map((c) => (
                  <td key={c.field} className="px-2 py-1">
                    {GOOD.has(r.status) ? (
                      r.cells[c.field]
                    ) : (
                      <input
                        aria-label={`${t("row")} ${r.row} ${c.label}`}
                        className={`w-32 rounded border px-1 py-0.5 ${r.issues.some((i) => i.field === c.field) ? "border-red-500" : "border-slate-300"}`}
                        value={edited(r.row, c.field, r.cells[c.field] ?? "")}
                        onChange={(e) => state.edit(r.row, c.field, e.target.value)}
                      />
                    )}
                  </td>
                ))}
                {extra ? <td className="px-2 py-1">{extra(r)}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
