"use client";

import type { FormEvent } from "react";
import { useTranslations } from "next-intl";
import type { CaseView } from "@/lib/cases/case-view";
import type { ActionResult } from "@/lib/http/action";
import { Textarea } from "@/components/ui/field";
import { VersionedEditCard } from "@/components/forms/versioned-edit-card";
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
    <VersionedEditCard
      title={t("notes")}
      edit={edit}
      labels={{ edit: t("editNotes"), save: t("save"), saving: t("saving"), cancel: t("cancel"), stale: { title: s("title"), body: s("body"), latest: s("latest"), changed: s("changed") } }}
      view={
        record.notes ? (
          <p className="text-sm leading-relaxed whitespace-pre-wrap" data-testid="case-notes">
            {record.notes}
          </p>
        ) : (
          <p className="text-sm text-slate-500">{t("notesEmpty")}</p>
        )
      }
      staleRows={() => [{ label: t("notes"), value: <span className="whitespace-pre-wrap">{record.notes ?? ""}</span>, changed: record.notes !== edit.snapshot.notes }]}
      onSubmit={onSubmit}
    >
      <label htmlFor="case-notes" className="sr-only">
        {t("notes")}
      </label>
      <Textarea id="case-notes" name="notes" rows={8} defaultValue={edit.snapshot.notes ?? ""} invalid={Boolean(edit.errors.notes)} />
      {edit.errors.notes ? (
        <p id="case-notes-error" role="alert" className="text-xs text-red-700">
          {edit.errors.notes}
        </p>
      ) : null}
    </VersionedEditCard>
  );
}
