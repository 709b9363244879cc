"use client";

import type { FormEvent } from "react";
import { useTranslations } from "next-intl";
import type { RegisteredCase } from "@/lib/cases/register-case";
import type { RowMatches } from "@/lib/contacts/row-matches";
import type { ActionResult } from "@/lib/http/action";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/page-header";
import { LinkButton } from "@/components/ui/link-button";
import { Notice } from "@/components/ui/notice";
import { filledFields } from "@/components/forms/form-data";
import { MatchPanel } from "@/components/identity/match-panel";
import { useCheckedCreate } from "@/components/identity/use-checked-create";
import { CaseFields, PersonFields } from "./case-fieldset";

export function NewCaseForm({
  countyCode,
  countyName,
  counties,
  check,
  create,
}: {
  countyCode: string;
  countyName: string;
  /** County names by code (who manages a person found in another county). */
  counties: Record<string, string>;
  check: (input: unknown) => Promise<ActionResult<{ matches: RowMatches[] }>>;
  create: (input: unknown) => Promise<ActionResult<RegisteredCase>>;
}) {
  const t = useTranslations("cases.new");
  const f = useTranslations("cases.fields");
  const ti = useTranslations("identity.form");
  const form = useCheckedCreate({ purpose: "CASE", check, create, pageOf: (c) => `/cases/${c.id}?created=1` });
  const { formRef, errors, refusal, pending, review, row } = form;
  const inputOf = (el: HTMLFormElement) => ({ ...filledFields(el), countyCode });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    form.submit(inputOf(event.currentTarget));
  }

  const typed = () => {
    const values = form.typedValues;
    return { name: values.name ?? "", phone: values.phone, sex: values.sex, birthDate: values.birthDate };
  };

  return (
    <form ref={formRef} onSubmit={onSubmit} onChange={(e) => form.track(inputOf(e.currentTarget))} noValidate className="space-y-6" aria-busy={pending}>
      {refusal ? (
        <Notice kind={refusal.kind} testId="new-case-notice">
          {refusal.kind === "error" ? t("refused", { message: refusal.text }) : refusal.text}
        </Notice>
      ) : null}
      <Card title={t("person")}>
        <PersonFields prefix="new-case" defaults={{}} errors={errors} />
      </Card>
      <MatchPanel
        purpose="CASE"
        where="form"
        counties={counties}
        rows={
          review.open
            ? [{ key: row.key, label: ti("person"), typed: typed(), matches: review.matchesOf(row.key), decision: review.decisionOf(row), status: review.statusOf(row), edited: review.edited(row) }]
            : []
        }
        onDecide={(_, decision) => review.decide(row, decision)}
        onFixRow={() => formRef.current?.querySelector<HTMLElement>("#new-case-idNumber")?.focus()}
      />
      <Card title={t("case")}>
        <p className="mb-4 text-sm text-slate-600">
          {f("county")}: <span className="font-medium text-slate-900">{countyName}</span>
        </p>
        <CaseFields prefix="new-case" defaults={{}} errors={errors} withNotes />
      </Card>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? t("submitting") : review.open && !review.edited(row) && review.statusOf(row) !== "REFUSED" ? ti("confirm") : t("submit")}
        </Button>
        <LinkButton href="/cases">{t("cancel")}</LinkButton>
      </div>
    </form>
  );
}
