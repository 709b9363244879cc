"use client";
import { useTranslations } from "next-intl";
import type { ImportState } from "./use-import";

/** Which column of the file feeds each field; a change is checked again at once. */
export function MappingEditor({ state }: { state: ImportState }) {
  const t = useTranslations("imports.page");
  const p = state.preview!;
  const change = (field: string, value: string) => {
    const mapping = { ...p.mapping, [field]: value === "" ? null : Number(value) };
    void state.recheck({ ...state.settings, mapping });
  };
  return (
    <details className="rounded-md border border-slate-200 p-3" open={p.fileIssues.length > 0}>
      <summary className="cursor-pointer text-sm font-medium">{t("mapping")}</summary>
      <div className="mt-3 grid grid-cols-1 gap-2 sm:grid-cols-2 lg:grid-cols-3">
        {p.columns.map((c) => (
          <label key={c.field} className="flex items-center gap-2 text-sm">
            <span className="w-32 shrink-0">
              {c.label}
              {c.required ? <span className="text-red-700">*</span> : null}
            </span>
            <select
              aria-label={`${t("mapping")} ${c.label}`}
              className="min-w-0 flex-1 rounded border border-slate-300 px-2 py-1"
              value={p.mapping[c.field] ?? ""}
              onChange={(e) => change(c.field, e.target.value)}
            >
              <option value="">{t("notImported")}</option>
              {p.headers.map((h, i) => (
                <option key={i} value={i}>
                  {h || `#${i + 1}`}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
    </details>
  );
}
