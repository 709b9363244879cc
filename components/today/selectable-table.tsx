"use client";

import { useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { BulkBar, type BulkOptions } from "./bulk-bar";

export interface SelectableRow {
  key: string;
  /** The contact and the version shown, sent with a bulk action. */
  id: string;
  version: number;
  label: string;
  cells: ReactNode[];
  /** Highlighted (e.g. symptomatic). */
  alert?: boolean;
}

/**
 * A table whose rows can be selected for a bulk action (Today, the contacts list). Cells are
 * rendered on the server and passed in; only the selection lives here.
 */
export function SelectableTable({ headers, rows, empty, caption, bulk }: { headers: ReactNode[]; rows: SelectableRow[]; empty: ReactNode; caption: string; bulk: BulkOptions | null }) {
  const t = useTranslations("today.bulk");
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const all = rows.length > 0 && rows.every((r) => selected.has(r.id));
  const toggle = (id: string) =>
    setSelected((s) => {
      const n = new Set(s);
      if (n.has(id)) n.delete(id);
      else n.add(id);
      return n;
    });
  const chosen = rows.filter((r) => selected.has(r.id));
  return (
    <div className="space-y-2">
      {bulk ? <BulkBar options={bulk} selection={chosen.map((r) => ({ id: r.id, version: r.version, label: r.label }))} onClear={() => setSelected(new Set())} /> : null}
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-slate-50">
            <tr>
              {bulk ? (
                <th scope="col" className="w-8 px-3 py-2">
                  <input
                    type="checkbox"
                    aria-label={t("selectAll")}
                    checked={all}
                    onChange={() => setSelected(all ? new Set() : new Set(rows.map((r) => r.id)))}
                    className="size-4 accent-teal-700"
                    data-testid="select-all"
                  />
                </th>
              ) : null}
              {headers.map((h, i) => (
                <th key={i} scope="col" className="px-3 py-2 text-left font-medium whitespace-nowrap text-slate-600">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.length === 0 ? (
              <tr>
                <td colSpan={headers.length + (bulk ? 1 : 0)} className="px-4 py-6 text-center text-slate-500">
                  {empty}
                </td>
              </tr>
            ) : (
              rows.map((r) => (
                <tr key={r.key} className={r.alert ? "bg-red-50" : "hover:bg-slate-50"} data-testid="person-row" data-contact-id={r.id}>
                  {bulk ? (
                    <td className="px-3 py-2 align-top">
                      <input type="checkbox" aria-label={r.label} checked={selected.has(r.id)} onChange={() => toggle(r.id)} className="size-4 accent-teal-700" data-testid="select-row" />
                    </td>
                  ) : null}
                  {r.cells.map((c, i) => (
                    <td key={i} className="cell">
                      {c}
                    </td>
                  ))}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
