import type { ReactNode } from "react";
import { Notice } from "@/components/ui/notice";

export interface StaleRow {
  label: ReactNode;
  value: ReactNode;
  changed: boolean;
}

/**
 * Explains a refused stale edit and shows the newer saved version, marking what changed since
 * the user began editing.
 */
export function StalePanel({ title, body, latest, changedLabel, rows }: { title: string; body: string; latest: string; changedLabel: string; rows: StaleRow[] }) {
  return (
    <div className="space-y-3" data-testid="stale-panel">
      <Notice kind="warning">
        <p className="font-medium">{title}</p>
        <p className="mt-1">{body}</p>
      </Notice>
      <section aria-label={latest} className="rounded-md border border-amber-200 bg-white p-3">
        <h3 className="mb-2 text-sm font-medium text-slate-700">{latest}</h3>
        <dl className="grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-2">
          {rows.map((r, i) => (
            <div key={i} className={`flex gap-2 rounded px-1 ${r.changed ? "bg-amber-50" : ""}`}>
              <dt className="shrink-0 text-slate-500">{r.label}</dt>
              <dd className="min-w-0 break-words">
                {r.value}
                {r.changed ? <span className="ml-2 text-xs font-medium text-amber-800">({changedLabel})</span> : null}
              </dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}
