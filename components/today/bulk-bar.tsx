"use client";

import { useState, useTransition, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { bulkActionAction } from "@/app/(app)/today/actions";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import type { BulkAction, BulkAnswer } from "@/lib/bulk/schemas";

export interface BulkOptions {
  actions: BulkAction[];
  sites: { id: string; name: string }[];
  staff: { id: string; displayName: string }[];
  today: string;
}

type Picked = { id: string; version: number; label: string };

/**
 * The action bar over a selection (docs/decisions/0023-bulk-actions.md): one form per action,
 * then who was done and who was refused, by name, with the reason. Results are never
 * preselected; positives are recorded one by one.
 */
export function BulkBar({ options, selection, onClear }: { options: BulkOptions; selection: Picked[]; onClear: () => void }) {
  const t = useTranslations("today.bulk");
  const router = useRouter();
  const [action, setAction] = useState<BulkAction | null>(null);
  const [answer, setAnswer] = useState<{ answer: BulkAnswer; labels: Map<string, string> } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!action) return;
    const form = new FormData(event.currentTarget);
    const s = (name: string) => {
      const v = form.get(name);
      return typeof v === "string" && v !== "" ? v : undefined;
    };
    const input = {
      action,
      contacts: selection.map((p) => ({ id: p.id, version: p.version })),
      allOrNothing: form.get("allOrNothing") === "on",
      ...(action === "testResult" ? { testResult: { sampleDate: s("sampleDate"), result: s("result"), lab: s("lab") } } : {}),
      ...(action === "assignSite" ? { siteId: s("siteId") ?? null } : {}),
      ...(action === "assignStaff" ? { assignedToId: s("assignedToId") ?? null } : {}),
      ...(action === "release" || action === "confirmTransfer" ? { date: s("date") } : {}),
    };
    const labels = new Map(selection.map((p) => [p.id, p.label]));
    start(async () => {
      const r = await bulkActionAction(input);
      if (!r.ok) {
        setError([r.message, ...Object.values(r.fields)].join(" "));
        return;
      }
      setError(null);
      setAnswer({ answer: r.data, labels });
      setAction(null);
      if (r.data.done.length) {
        onClear();
        router.refresh();
      }
    });
  }

  return (
    <div className="space-y-2 rounded-lg border border-slate-200 bg-slate-50 p-3" data-testid="bulk-bar">
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-sm font-medium tabular-nums" data-testid="bulk-selected">
          {t("selected", { count: selection.length })}
        </span>
        {options.actions.map((a) => (
          <Button key={a} type="button" variant={action === a ? "primary" : "secondary"} disabled={selection.length === 0} onClick={() => setAction(a)} data-testid={`bulk-${a}`}>
            {t(a)}
          </Button>
        ))}
        {selection.length ? (
          <Button type="button" variant="ghost" onClick={onClear}>
            {t("clear")}
          </Button>
        ) : null}
      </div>
      {action ? (
        <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-3" data-testid="bulk-form">
          {action === "testResult" ? (
            <>
              <Field id="bulk-sampleDate" label={t("sampleDate")} required>
                <Input id="bulk-sampleDate" name="sampleDate" type="date" max={options.today} defaultValue={options.today} required />
              </Field>
              <Field id="bulk-lab" label={t("lab")}>
                <Input id="bulk-lab" name="lab" maxLength={100} />
              </Field>
              <Field id="bulk-result" label={t("result")} required>
                <Select id="bulk-result" name="result" defaultValue="" required>
                  <option value="" disabled>
                    {t("choose")}
                  </option>
                  <option value="NEGATIVE">{t("negative")}</option>
                  <option value="PENDING">{t("pending")}</option>
                </Select>
              </Field>
              <p className="text-xs text-slate-600">{t("positiveNote")}</p>
            </>
          ) : null}
          {action === "assignSite" ? (
            <Field id="bulk-site" label={t("site")} required>
              <Select id="bulk-site" name="siteId" defaultValue="" required>
                <option value="">{t("noSite")}</option>
                {options.sites.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </Select>
            </Field>
          ) : null}
          {action === "assignStaff" ? (
            <Field id="bulk-staff" label={t("staff")} required>
              <Select id="bulk-staff" name="assignedToId" defaultValue="">
                <option value="">{t("nobody")}</option>
                {options.staff.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.displayName}
                  </option>
                ))}
              </Select>
            </Field>
          ) : null}
          {action === "release" || action === "confirmTransfer" ? (
            <Field id="bulk-date" label={t("date")} required>
              <Input id="bulk-date" name="date" type="date" max={options.today} defaultValue={options.today} required />
            </Field>
          ) : null}
          <label className="flex items-center gap-2 py-2 text-sm">
            <input type="checkbox" name="allOrNothing" className="size-4 accent-teal-700" />
            {t("allOrNothing")}
          </label>
          <Button type="submit" disabled={pending} data-testid="bulk-submit">
            {t("submit")}
          </Button>
          <Button type="button" variant="ghost" onClick={() => setAction(null)}>
            {t("cancel")}
          </Button>
        </form>
      ) : null}
      {error ? <Notice kind="error">{error}</Notice> : null}
      {answer ? (
        <div role="status" className="space-y-1 text-sm" data-testid="bulk-answer">
          {!answer.answer.applied ? <Notice kind="error">{t("notApplied")}</Notice> : <p className="text-green-800">{t("done", { count: answer.answer.done.length })}</p>}
          {answer.answer.refused.length ? (
            <>
              <p className="font-medium text-red-800">{t("refusedTitle", { count: answer.answer.refused.length })}</p>
              <ul className="list-disc pl-5 text-red-800" data-testid="bulk-refused">
                {answer.answer.refused.map((r) => (
                  <li key={r.id}>
                    {answer.labels.get(r.id) ?? r.id}: {r.message}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
