"use client";

import type { FormEvent } from "react";
import { useTranslations } from "next-intl";
import type { CaseView } from "@/lib/cases/case-view";
import type { ActionResult } from "@/lib/http/action";
import { filledFields } from "@/components/forms/form-data";
import { VersionedEditCard } from "@/components/forms/versioned-edit-card";
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
    <VersionedEditCard
      title={t("details")}
      edit={edit}
      labels={{ edit: t("edit"), save: t("save"), saving: t("saving"), cancel: t("cancel"), stale: { title: s("title"), body: s("body"), latest: s("latest"), changed: s("changed") } }}
      view={<CaseSummary record={record} />}
      staleRows={() => fieldRows(record).map((r) => ({ label: r.label, value: r.value, changed: before.get(r.field) !== r.raw }))}
      formLabel={t("details")}
      onSubmit={onSubmit}
    >
      <PersonFields prefix="edit-case" defaults={caseDefaults(edit.snapshot)} errors={edit.errors} />
      <CaseFields prefix="edit-case" defaults={caseDefaults(edit.snapshot)} errors={edit.errors} withStatus />
    </VersionedEditCard>
  );
}
