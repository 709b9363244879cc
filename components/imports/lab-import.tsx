"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { MappingEditor } from "./mapping-editor";
import { PreviewTable } from "./preview-table";
import type { PreviewRow } from "./types";
import { ErrorBox, PhaseBar, UploadPanel } from "./upload-panel";
import { useImport, type ImportState } from "./use-import";

interface Found {
  id: string;
  person: { name: string; idNumber: string | null };
  category: string;
  identifiedDate: string;
}

/** A person to record an unmatched or ambiguous row for: the candidates, or a search of this county. */
function Pick({ state, row }: { state: ImportState; row: PreviewRow }) {
  const t = useTranslations("imports.page");
  const [q, setQ] = useState("");
  const [found, setFound] = useState<Found[]>([]);
  const choose = (contactId: string) =>
    void state.recheck({ ...state.settings, assignments: [...state.settings.assignments.filter((a) => a.row !== row.row), { row: row.row, contactId }] });
  const search = async () => {
    const res = await fetch(`/api/v1/contacts?status=ACTIVE&q=${encodeURIComponent(q)}`);
    if (res.ok) setFound(((await res.json()) as { items: Found[] }).items);
  };
  const options = [
    ...(row.candidates ?? []).map((c) => ({ id: c.contactId, label: t("candidate", { name: c.name, idNumber: c.idNumber ?? "—", category: c.category, date: c.identifiedDate }) })),
    ...found.map((c) => ({ id: c.id, label: t("candidate", { name: c.person.name, idNumber: c.person.idNumber ?? "—", category: c.category, date: c.identifiedDate }) })),
  ];
  return (
    <div className="flex min-w-64 flex-col gap-1">
      <select aria-label={`${t("pick")} ${row.row}`} className="rounded border border-slate-300 px-1 py-0.5" defaultValue="" onChange={(e) => e.target.value && choose(e.target.value)}>
        <option value="">{t("pick")}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
      <span className="flex gap-1">
        <input aria-label={t("searchContact")} placeholder={t("searchContact")} className="min-w-0 flex-1 rounded border border-slate-300 px-1 py-0.5" value={q} onChange={(e) => setQ(e.target.value)} />
        <Button variant="ghost" onClick={() => void search()}>
          {t("search")}
        </Button>
      </span>
    </div>
  );
}

/** A laboratory result list: negatives in one step, each positive confirmed per person. */
export function LabImport() {
  const t = useTranslations("imports.page");
  const state = useImport("LAB_RESULTS");
  const p = state.preview;
  const busy = state.phase !== "idle";
  const open = p?.rows.filter((r) => r.status !== "RECORDED") ?? [];
  const toRecord = open.filter((r) => r.status === "MATCHED" && r.result !== "POSITIVE");
  const positives = p?.rows.filter((r) => r.result === "POSITIVE" && (r.status === "MATCHED" || r.status === "RECORDED")) ?? [];
  const unsettled = open.filter((r) => r.status !== "MATCHED");
  const extra = (r: PreviewRow) => (r.status === "AMBIGUOUS" || r.status === "UNMATCHED" ? <Pick state={state} row={r} /> : null);

  return (
    <div className="space-y-4">
      {!p ? <UploadPanel state={state} template="lab-results" /> : null}
      <ErrorBox state={state} />
      {state.done ? (
        <p role="status" className="rounded-md bg-green-50 p-3 text-sm text-green-900" data-testid="import-done">
          {t("labDone", { imported: state.done.imported })}
        </p>
      ) : null}
      {p ? (
        <div className="space-y-4">
          {[...p.fileIssues, ...p.notices].map((m) => (
            <p key={m} className="text-sm text-slate-700">
              {m}
            </p>
          ))}
          <MappingEditor state={state} />
          <PreviewTable key={open.length} state={state} extra={extra} />
          <div className="flex flex-wrap gap-3">
            <Button variant="secondary" disabled={busy} onClick={() => void state.recheck()}>
              {t("recheck")}
            </Button>
            {toRecord.length ? (
              unsettled.length ? (
                <Button disabled={busy} onClick={() => window.confirm(t("confirmValidOnly", { skipped: unsettled.length })) && void state.commit("VALID_ONLY")}>
                  {t("recordMatchedOnly", { count: toRecord.length, skipped: unsettled.length })}
                </Button>
              ) : (
                <Button disabled={busy} onClick={() => void state.commit("ALL")}>
                  {t("recordNegatives", { count: toRecord.length })}
                </Button>
              )
            ) : null}
          </div>
          <PhaseBar state={state} />
          {positives.length ? (
            <section className="space-y-2 rounded-md border border-red-200 p-3" data-testid="import-positives">
              <h2 className="font-medium text-red-800">{t("positives")}</h2>
              <ul className="space-y-2 text-sm">
                {positives.map((r) => {
                  const who = r.candidates?.find((c) => c.contactId === r.contactId);
                  return (
                    <li key={r.row} className="flex flex-wrap items-center gap-3">
                      <span>
                        {r.row} · {who?.name ?? r.cells.name} · {who?.idNumber ?? ""} · {r.cells.sampleDate}
                      </span>
                      {r.status === "RECORDED" ? (
                        <span className="text-red-800">{t("escalated")}</span>
                      ) : (
                        <Button
                          variant="danger"
                          onClick={() => window.confirm(t("confirmPositiveAsk", { name: who?.name ?? r.cells.name ?? "" })) && void state.confirmPositive(r.row, r.contactId!)}
                        >
                          {t("confirmPositive")}
                        </Button>
                      )}
                    </li>
                  );
                })}
              </ul>
            </section>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
