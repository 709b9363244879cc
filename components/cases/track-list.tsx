"use client";

import { useRef, useState, useTransition, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/http/action";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field, Input } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { Card } from "@/components/ui/page-header";
import { DateInput } from "@/components/forms/date-input";
import { filledFields } from "@/components/forms/form-data";
import { TrackEntryRow, type TrackEntry } from "./track-entry-row";

type Result = Promise<ActionResult<unknown>>;

/** The movement track (行程轨迹): entries added, edited and removed in place. */
export function TrackList({
  entries,
  add,
  update,
  remove,
}: {
  entries: TrackEntry[];
  add: (input: unknown) => Result;
  update: (entryId: string, input: unknown) => Result;
  remove: (entryId: string) => Result;
}) {
  const t = useTranslations("cases.track");
  const [notice, setNotice] = useState<{ kind: "success" | "error"; text: string } | null>(null);
  const [addErrors, setAddErrors] = useState<Record<string, string>>({});
  const [removing, setRemoving] = useState<TrackEntry | null>(null);
  const [pending, startTransition] = useTransition();
  const addForm = useRef<HTMLFormElement>(null);

  function onAdd(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const input = filledFields(form);
    startTransition(async () => {
      const result = await add(input);
      if (result.ok) {
        form.reset();
        setAddErrors({});
        setNotice({ kind: "success", text: t("added") });
        form.querySelector<HTMLInputElement>("input")?.focus();
      } else {
        setAddErrors(result.fields);
        setNotice({ kind: "error", text: t("refused", { message: result.message }) });
      }
    });
  }

  function confirmRemove() {
    const entry = removing;
    if (!entry) return;
    startTransition(async () => {
      const result = await remove(entry.id);
      setRemoving(null);
      setNotice(result.ok ? { kind: "success", text: t("removed") } : { kind: "error", text: t("refused", { message: result.message }) });
    });
  }

  return (
    <Card title={t("title")}>
      <div className="space-y-4">
        {notice ? <Notice kind={notice.kind}>{notice.text}</Notice> : null}
        <div className="overflow-x-auto rounded-lg border border-slate-200">
          <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid="track-table">
            <caption className="sr-only">{t("caption")}</caption>
            <thead className="bg-slate-50">
              <tr>
                {[t("date"), t("place"), t("activity")].map((h) => (
                  <th key={h} scope="col" className="px-4 py-2 text-left font-medium whitespace-nowrap text-slate-600">
                    {h}
                  </th>
                ))}
                <th scope="col" className="px-4 py-2 text-right font-medium text-slate-600">
                  <span className="sr-only">{t("actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {entries.length === 0 ? (
                <tr>
                  <td colSpan={4} className="px-4 py-4 text-center text-slate-500">
                    {t("empty")}
                  </td>
                </tr>
              ) : (
                entries.map((e) => (
                  <TrackEntryRow key={e.id} entry={e} update={update} onRemove={setRemoving} onDone={(kind, text) => setNotice({ kind, text })} />
                ))
              )}
            </tbody>
          </table>
        </div>
        <form ref={addForm} onSubmit={onAdd} noValidate aria-label={t("newEntry")} className="grid grid-cols-1 items-start gap-3 sm:grid-cols-[9rem_1fr_1fr_auto]">
          <Field id="track-new-date" label={t("date")} error={addErrors.date} required>
            <DateInput id="track-new-date" name="date" invalid={Boolean(addErrors.date)} />
          </Field>
          <Field id="track-new-place" label={t("place")} error={addErrors.place} required>
            <Input id="track-new-place" name="place" maxLength={200} invalid={Boolean(addErrors.place)} />
          </Field>
          <Field id="track-new-activity" label={t("activity")} error={addErrors.activity}>
            <Input id="track-new-activity" name="activity" maxLength={200} invalid={Boolean(addErrors.activity)} />
          </Field>
          <Button type="submit" disabled={pending} className="sm:mt-6">
            {pending ? t("adding") : t("add")}
          </Button>
        </form>
      </div>
      <Dialog open={removing !== null} onClose={() => setRemoving(null)} title={t("confirmTitle")}>
        <p className="text-sm text-slate-700">{removing ? t("confirmBody", { date: removing.date, place: removing.place ?? "" }) : null}</p>
        <div className="flex justify-end gap-2">
          <Button type="button" variant="secondary" onClick={() => setRemoving(null)}>
            {t("cancel")}
          </Button>
          <Button type="button" variant="danger" onClick={confirmRemove} disabled={pending}>
            {t("remove")}
          </Button>
        </div>
      </Dialog>
    </Card>
  );
}
