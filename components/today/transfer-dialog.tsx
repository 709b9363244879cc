"use client";

import type { FormEvent } from "react";
import { useTranslations } from "next-intl";
import { confirmTransferAction } from "@/app/(app)/today/actions";
import { ActionDialog, useCloseDialog } from "@/components/contacts/action-dialog";
import { useFeedback } from "@/components/contacts/feedback";
import { FormButtons } from "@/components/ui/form-buttons";
import { FormErrorNotice } from "@/components/contacts/form-error";
import { text } from "@/components/contacts/form-values";
import { useActionForm } from "@/components/contacts/use-action-form";
import { Field, Input } from "@/components/ui/field";

interface Props {
  contactId: string;
  personName: string;
  date: string;
  today: string;
}

/** "Mark transferred": confirms the move from centralized isolation to home health monitoring. */
export function TransferDialog(props: Props) {
  const t = useTranslations("today.transfer");
  return (
    <ActionDialog label={t("button")} title={t("title", { name: props.personName })} variant="primary" size="small">
      <TransferForm {...props} />
    </ActionDialog>
  );
}

function TransferForm({ contactId, personName, date, today }: Props) {
  const close = useCloseDialog();
  const t = useTranslations("today.transfer");
  const feedback = useFeedback();
  const { pending, error, submit } = useActionForm();
  const id = `transfer-${contactId}-date`;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = { date: text(new FormData(event.currentTarget), "date") };
    submit(
      () => confirmTransferAction(contactId, input),
      () => {
        close();
        feedback.show("success", t("saved", { name: personName }));
      },
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormErrorNotice error={error} />
      <p className="text-sm text-slate-600">{t("explain", { name: personName })}</p>
      <Field id={id} label={t("date")} error={error?.fields.date} required>
        <Input id={id} name="date" type="date" defaultValue={date} max={today} required invalid={!!error?.fields.date} />
      </Field>
      <FormButtons pending={pending} submitLabel={t("submit")} onCancel={close} />
    </form>
  );
}
