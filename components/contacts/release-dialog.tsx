"use client";

import type { FormEvent } from "react";
import { useTranslations } from "next-intl";
import { releaseContactAction } from "@/app/(app)/contacts/actions";
import { Field, Input } from "@/components/ui/field";
import { ActionDialog, useCloseDialog } from "./action-dialog";
import { useFeedback } from "./feedback";
import { FormButtons } from "@/components/ui/form-buttons";
import { FormErrorNotice } from "./form-error";
import { text } from "./form-values";
import { useActionForm } from "./use-action-form";

interface Props {
  contactId: string;
  personName: string;
  /** The version the page shows; omitted by one-click actions of the task list. */
  version?: number;
  releaseDate: string | null;
  today: string;
  size?: "normal" | "small";
  variant?: "primary" | "secondary";
}

export function ReleaseDialog(props: Props) {
  const t = useTranslations("contacts");
  return (
    <ActionDialog label={t("actions.release")} title={t("releaseForm.title", { name: props.personName })} variant={props.variant ?? "secondary"} size={props.size}>
      <ReleaseForm {...props} />
    </ActionDialog>
  );
}

function ReleaseForm({ contactId, personName, version, releaseDate, today }: Props) {
  const close = useCloseDialog();
  const t = useTranslations("contacts");
  const feedback = useFeedback();
  const { pending, error, submit } = useActionForm();
  const id = `release-${contactId}-date`;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const date = text(new FormData(event.currentTarget), "date");
    submit(
      () => releaseContactAction(contactId, version, { date }),
      (data) => {
        close();
        feedback.show("success", t("releaseForm.saved", { name: personName, date: data.statusDate ?? date }));
      },
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormErrorNotice error={error} />
      {releaseDate ? <p className="text-sm text-slate-600">{t("releaseForm.planned", { date: releaseDate })}</p> : null}
      <Field id={id} label={t("releaseForm.date")} error={error?.fields.date} required>
        <Input id={id} name="date" type="date" defaultValue={today} max={today} required invalid={!!error?.fields.date} />
      </Field>
      <FormButtons pending={pending} submitLabel={t("releaseForm.submit")} onCancel={close} />
    </form>
  );
}
