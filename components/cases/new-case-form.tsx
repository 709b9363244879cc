"use client";

import type { FormEvent } from "react";
import { useTranslations } from "next-intl";
import type { CaseView } from "@/lib/cases/case-view";
import type { ActionResult } from "@/lib/http/action";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/page-header";
import { LinkButton } from "@/components/ui/link-button";
import { Notice } from "@/components/ui/notice";
import { useCreateForm } from "@/components/forms/use-create-form";
import { filledFields } from "@/components/forms/form-data";
import { CaseFields, PersonFields } from "./case-fieldset";

export function NewCaseForm({
  countyCode,
  countyName,
  create,
}: {
  countyCode: string;
  countyName: string;
  create: (input: unknown) => Promise<ActionResult<CaseView>>;
}) {
  const t = useTranslations("cases.new");
  const f = useTranslations("cases.fields");
  const { formRef, errors, refusal, pending, submit } = useCreateForm(create, (c) => `/cases/${c.id}?created=1`);
  const notice = refusal ? t("refused", { message: refusal }) : null;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = { ...filledFields(event.currentTarget), countyCode };
    submit(input);
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-6" aria-busy={pending}>
      {notice ? <Notice kind="error">{notice}</Notice> : null}
      <Card title={t("person")}>
        <PersonFields prefix="new-case" defaults={{}} errors={errors} />
      </Card>
      <Card title={t("case")}>
        <p className="mb-4 text-sm text-slate-600">
          {f("county")}: <span className="font-medium text-slate-900">{countyName}</span>
        </p>
        <CaseFields prefix="new-case" defaults={{}} errors={errors} withNotes />
      </Card>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? t("submitting") : t("submit")}
        </Button>
        <LinkButton href="/cases">{t("cancel")}</LinkButton>
      </div>
    </form>
  );
}
