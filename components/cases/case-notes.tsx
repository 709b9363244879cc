"use client";

import type { FormEvent } from "react";
import { useTranslations } from "next-intl";
import type { CaseView } from "@/lib/cases/case-view";
import type { ActionResult } from "@/lib/http/action";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/field";
import { Card } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import { StalePanel } from "@/components/forms/stale-panel";
import { useVersionedEdit } from "@/components/forms/use-versioned-edit";

/** Investigation notes (流调摘要), edited under the same optimistic lock as the details. */
export function CaseNotes({ record, save }: { record: CaseView; save: (input: unknown) => Promise<ActionResult<CaseView>> }) {
  const t = useTranslations("cases.detail");
  const s = useTranslations("cases.stale");
  const edit = useVersionedEdit(record);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // An emptied text is sent as "" so notes can be cleared.
    const notes = String(new FormData(event.currentTarget).get("notes") ?? "");
    edit.save((version) => save({ notes, version }), { saved: t("notesSaved"), refused: (message) => t("refused", { message }) });
  }

  return (
    <Card
      title={t("notes")}
      actions={
        edit.editing ? null : (
          <Button type="button" variant="secondary" onClick={edit.start} className="py-1">
            {t("editNotes")}
          </Button>
        )
      }
    >
      <div className="space-y-4">
        {edit.notice ? <Notice kind={edit.notice.kind}>{edit.notice.text}</Notice> : null}
        {!edit.editing ? (
          record.notes ? (
            <p className="text-sm leading-relaxed whitespace-pre-wrap" data-testid="case-notes">
              {record.notes}
            </p>
          ) : (
            <p className="text-sm text-slate-500">{t("notesEmpty")}</p>
          )
        ) : (
          <form onSubmit={onSubmit} noValidate className="space-y-3">
            {edit.stale ? (
              <StalePanel
                title={s("title")}
                body={s("body")}
                latest={s("latest")}
                changedLabel={s("changed")}
                rows={[{ label: t("notes"), value: <span className="whitespace-pre-wrap">{record.notes ?? ""}</span>, changed: record.notes !== edit.snapshot.notes }]}
              />
            ) : null}
            <label htmlFor="case-notes" className="sr-only">
              {t("notes")}
            </label>
            <Textarea
              id="case-notes"
              name="notes"
              rows={8}
              defaultValue={edit.snapshot.notes ?? ""}
              invalid={Boolean(edit.errors.notes)}
            />
            {edit.errors.notes ? (
              <p id="case-notes-error" role="alert" className="text-xs text-red-700">
                {edit.errors.notes}
              </p>
            ) : null}
            <div className="flex flex-wrap gap-2">
              <Button type="submit" disabled={edit.pending}>
                {edit.pending ? t("saving") : t("save")}
              </Button>
              <Button type="button" variant="secondary" onClick={edit.cancel}>
                {t("cancel")}
              </Button>
            </div>
          </form>
        )}
      </div>
    </Card>
  );
}
