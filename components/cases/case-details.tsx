"use client";

import type { FormEvent } from "react";
import { useTranslations } from "next-intl";
import type { CaseView } from "@/lib/cases/case-view";
import type { ActionResult } from "@/lib/http/action";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import { filledFields } from "@/components/forms/form-data";
import { StalePanel } from "@/components/forms/stale-panel";
import { useVersionedEdit } from "@/components/forms/use-versioned-edit";
import { caseDefaults } from "./case-record";
import { CaseFields, PersonFields } from "./case-fieldset";
import { CaseSummary, useCaseFieldRows } from "./case-summary";

/** The case's details: read view, and an editor under the record's optimistic lock. */
export function CaseDetails({ record, save }: { record: CaseView; save: (input: unknown) => Promise<ActionResult<CaseView>> }) {
  const t = useTranslations("cases.detail");
  const s = useTranslations("cases.stale");
  const edit = useVersionedEdit(record);
  const fieldRows = useCaseFieldRows();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fields = filledFields(event.currentTarget);
    edit.save((version) => save({ ...fields, version }), { saved: t("saved"), refused: (message) => t("refused", { message }) });
  }

  const before = new Map(fieldRows(edit.snapshot).map((r) => [r.field, r.raw]));
  return (
    <Card
      title={t("details")}
      actions={
        edit.editing ? null : (
          <Button type="button" variant="secondary" onClick={edit.start} className="py-1">
            {t("edit")}
          </Button>
        )
      }
    >
      <div className="space-y-4">
        {edit.notice ? <Notice kind={edit.notice.kind}>{edit.notice.text}</Notice> : null}
        {!edit.editing ? (
          <CaseSummary record={record} />
        ) : (
          <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("details")}>
            {edit.stale ? (
              <StalePanel
                title={s("title")}
                body={s("body")}
                latest={s("latest")}
                changedLabel={s("changed")}
                rows={fieldRows(record).map((r) => ({ label: r.label, value: r.value, changed: before.get(r.field) !== r.raw }))}
              />
            ) : null}
            <PersonFields prefix="edit-case" defaults={caseDefaults(edit.snapshot)} errors={edit.errors} />
            <CaseFields prefix="edit-case" defaults={caseDefaults(edit.snapshot)} errors={edit.errors} withStatus />
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
