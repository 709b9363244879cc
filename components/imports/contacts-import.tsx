"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { MappingEditor } from "./mapping-editor";
import { PreviewTable } from "./preview-table";
import type { PreviewRow } from "./types";
import { ErrorBox, PhaseBar, UploadPanel } from "./upload-panel";
import { useImport } from "./use-import";

/** Contacts from a spreadsheet, registered under one case (docs/decisions/0017-import-pipeline.md). */
export function ContactsImport({ caseId }: { caseId: string }) {
  const t = useTranslations("imports.page");
  const state = useImport("CONTACTS", caseId);
  const p = state.preview;
  const busy = state.phase !== "idle";
  const ok = p?.counts.OK ?? 0;
  const bad = p ? p.rowCount - ok : 0;
  const decide = (row: number, onDuplicate: "MERGE" | "NEW_PERSON") =>
    void state.recheck({ ...state.settings, decisions: [...state.settings.decisions.filter((d) => d.row !== row), { row, onDuplicate }] });
  const decision = (r: PreviewRow) =>
    r.matches?.needs ? (
      <span className="flex flex-col gap-1">
        {r.matches.needs.includes("MERGE") ? (
          <Button variant="secondary" onClick={() => decide(r.row, "MERGE")}>
            {t("merge")}
          </Button>
        ) : null}
        {r.matches.needs.includes("NEW_PERSON_OR_PERSON_ID") ? (
          <Button variant="secondary" onClick={() => decide(r.row, "NEW_PERSON")}>
            {t("newPerson")}
          </Button>
        ) : null}
      </span>
    ) : null;

  return (
    <div className="space-y-4">
      {!p || state.done ? <UploadPanel state={state} template="contacts" /> : null}
      <ErrorBox state={state} />
      {state.done ? (
        <p role="status" className="rounded-md bg-green-50 p-3 text-sm text-green-900" data-testid="import-done">
          {t("done", { imported: state.done.imported, skipped: state.done.skippedRows.length })}
        </p>
      ) : null}
      {p && !state.done ? (
        <div className="space-y-4">
          {p.fileIssues.map((m) => (
            <p key={m} role="alert" className="text-sm text-red-800">
              {m}
            </p>
          ))}
          {p.notices.map((m) => (
            <p key={m} className="text-sm text-slate-600">
              {m}
            </p>
          ))}
          <MappingEditor state={state} />
          <p className="flex flex-wrap gap-4 text-sm" data-testid="import-counts">
            <span>{t("rows", { count: p.rowCount })}</span>
            <span>{t("ok", { count: ok })}</span>
            <span>{t("error", { count: p.counts.ERROR ?? 0 })}</span>
            <span>{t("decide", { count: p.counts.DECIDE ?? 0 })}</span>
            <span>{t("refused", { count: p.counts.REFUSED ?? 0 })}</span>
          </p>
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              checked={state.settings.mergeReExposures}
              onChange={(e) => void state.recheck({ ...state.settings, mergeReExposures: e.target.checked })}
            />
            {t("mergeAll")}
          </label>
          <PreviewTable key={p.rowCount + ":" + bad} state={state} extra={decision} />
          <div className="flex flex-wrap gap-3">
            <Button variant="secondary" disabled={busy} onClick={() => void state.recheck()}>
              {t("recheck")}
            </Button>
            <Button disabled={busy || bad > 0 || p.fileIssues.length > 0} onClick={() => void state.commit("ALL")}>
              {t("commitAll", { count: p.rowCount })}
            </Button>
            {bad > 0 && ok > 0 ? (
              <Button variant="secondary" disabled={busy} onClick={() => window.confirm(t("confirmValidOnly", { skipped: bad })) && void state.commit("VALID_ONLY")}>
                {t("commitValid", { count: ok, skipped: bad })}
              </Button>
            ) : null}
          </div>
          <PhaseBar state={state} />
        </div>
      ) : null}
    </div>
  );
}
