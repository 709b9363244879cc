"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { ImportState } from "./use-import";

/** Templates, the file input and the progress of the upload and of the checks. */
export function UploadPanel({ state, template }: { state: ImportState; template: "contacts" | "lab-results" }) {
  const t = useTranslations("imports.page");
  const [file, setFile] = useState<File | null>(null);
  const busy = state.phase !== "idle";
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <span>{t("template")}：</span>
        <a className="text-teal-700 underline" href={`/imports/template/${template}.xlsx`} download>
          XLSX
        </a>
        <a className="text-teal-700 underline" href={`/imports/template/${template}.csv`} download>
          CSV
        </a>
      </div>
      <label className="block text-sm">
        <span className="mb-1 block text-slate-700">{t("chooseFile")}</span>
        <input data-testid="import-file" type="file" accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      </label>
      <Button disabled={!file || busy} onClick={() => file && state.upload(file)}>
        {t("upload")}
      </Button>
      <PhaseBar state={state} />
    </div>
  );
}

/** Upload: the real progress; checks and commit: an indeterminate bar with what is happening. */
export function PhaseBar({ state }: { state: ImportState }) {
  const t = useTranslations("imports.page");
  if (state.phase === "idle") return null;
  const label = state.phase === "uploading" ? `${t("uploading")} ${state.progress}%` : state.phase === "checking" ? t("checking") : t("committing");
  return (
    <div role="progressbar" aria-label={label} aria-valuenow={state.phase === "uploading" ? state.progress : undefined} className="space-y-1" data-testid="import-progress">
      <div className="h-2 w-full overflow-hidden rounded bg-slate-200">
        {state.phase === "uploading" ? (
          <div className="h-2 bg-teal-600 transition-all" style={{ width: `${state.progress}%` }} />
        ) : (
          <div className="h-2 w-1/3 animate-pulse rounded bg-teal-600" />
        )}
      </div>
      <p className="text-sm text-slate-600">{label}</p>
    </div>
  );
}

export function ErrorBox({ state }: { state: ImportState }) {
  if (!state.error) return null;
  return (
    <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800" data-testid="import-error">
      <p>{state.error.message}</p>
      {state.error.fields?.length ? (
        <ul className="mt-2 list-disc pl-5">
          {state.error.fields.slice(0, 50).map((f, i) => (
            <li key={i}>{f.message}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
