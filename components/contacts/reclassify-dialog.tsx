"use client";

import type { FormEvent } from "react";
import { useTranslations } from "next-intl";
import { reclassifyContactAction } from "@/app/(app)/contacts/actions";
import { Field, Input, Textarea } from "@/components/ui/field";
import { ActionDialog, useCloseDialog } from "./action-dialog";
import { useFeedback } from "./feedback";
import { FormButtons } from "@/components/ui/form-buttons";
import { FormErrorNotice } from "./form-error";
import { text } from "./form-values";
import { useActionForm } from "./use-action-form";

interface Props {
  contactId: string;
  personName: string;
  version: number;
  today: string;
}

export function ReclassifyDialog(props: Props) {
  const t = useTranslations("contacts");
  return (
    <ActionDialog label={t("actions.reclassify")} title={t("reclassifyForm.title", { name: props.personName })} variant="ghost">
      <ReclassifyForm {...props} />
    </ActionDialog>
  );
}

function ReclassifyForm({ contactId, personName, version, today }: Props) {
  const close = useCloseDialog();
  const t = useTranslations("contacts");
  const feedback = useFeedback();
  const { pending, error, submit } = useActionForm();
  const id = (name: string) => `reclassify-${contactId}-${name}`;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = { reason: text(form, "reason"), date: text(form, "date") };
    submit(
      () => reclassifyContactAction(contactId, version, input),
      () => {
        close();
        feedback.show("success", t("reclassifyForm.saved", { name: personName }));
      },
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormErrorNotice error={error} />
      <p className="text-sm text-slate-600">{t("reclassifyForm.explain")}</p>
      <Field id={id("reason")} label={t("reclassifyForm.reason")} error={error?.fields.reason} required>
        <Textarea id={id("reason")} name="reason" rows={3} maxLength={500} required invalid={!!error?.fields.reason} />
      </Field>
      <Field id={id("date")} label={t("reclassifyForm.date")} error={error?.fields.date} required>
        <Input id={id("date")} name="date" type="date" defaultValue={today} max={today} required invalid={!!error?.fields.date} />
      </Field>
      <FormButtons pending={pending} submitLabel={t("reclassifyForm.submit")} onCancel={close} danger />
    </form>
  );
}
