"use client";

import type { FormEvent } from "react";
import { useTranslations } from "next-intl";
import { recordHealthCheckAction } from "@/app/(app)/contacts/actions";
import { Field, Input, Textarea } from "@/components/ui/field";
import { ActionDialog, useCloseDialog } from "./action-dialog";
import { useFeedback } from "./feedback";
import { FormErrorNotice } from "./form-error";
import { decimal, optional, text } from "./form-values";
import { FormButtons } from "@/components/ui/form-buttons";
import { SYMPTOMS } from "./symptoms";
import { useActionForm } from "./use-action-form";

interface Props {
  contactId: string;
  personName: string;
  date: string;
  slot: "MORNING" | "EVENING";
  today: string;
  size?: "normal" | "small";
  variant?: "primary" | "secondary";
}

export function HealthCheckDialog(props: Props) {
  const t = useTranslations("contacts");
  return (
    <ActionDialog label={t("actions.recordHealth")} title={t("healthForm.title", { name: props.personName })} variant={props.variant ?? "secondary"} size={props.size}>
      <HealthCheckForm {...props} />
    </ActionDialog>
  );
}

function HealthCheckForm({ contactId, date, slot, today }: Props) {
  const close = useCloseDialog();
  const t = useTranslations("contacts");
  const td = useTranslations("domain");
  const feedback = useFeedback();
  const { pending, error, submit } = useActionForm();
  const id = (name: string) => `health-${contactId}-${name}`;
  const fieldError = (name: string) => error?.fields[name];
  const symptomsError = error ? Object.entries(error.fields).find(([path]) => path.startsWith("symptoms"))?.[1] : undefined;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const other = text(form, "otherSymptoms")
      .split(/[,，、;；]/)
      .map((s) => s.trim())
      .filter(Boolean);
    const input = {
      date: text(form, "date"),
      slot: text(form, "slot"),
      temperature: decimal(form, "temperature"),
      symptoms: [...form.getAll("symptoms").map(String), ...other],
      note: optional(form, "note"),
    };
    submit(
      () => recordHealthCheckAction(contactId, input),
      (data) => {
        close();
        feedback.show("success", t("healthForm.saved", { date: data.date, slot: td(`slot.${data.slot}`), temperature: data.temperature.toFixed(1) }));
      },
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormErrorNotice error={error} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={id("date")} label={t("healthForm.date")} error={fieldError("date")} required>
          <Input id={id("date")} name="date" type="date" defaultValue={date} max={today} required invalid={!!fieldError("date")} />
        </Field>
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium text-slate-700">{t("healthForm.slot")}</legend>
          <div className="flex gap-2">
            {(["MORNING", "EVENING"] as const).map((s) => (
              <label
                key={s}
                className="flex cursor-pointer items-center gap-2 rounded-md border border-slate-300 px-3 py-2 text-sm has-checked:border-teal-600 has-checked:bg-teal-50 has-focus-visible:outline-2 has-focus-visible:outline-teal-600"
              >
                <input type="radio" name="slot" value={s} defaultChecked={s === slot} className="accent-teal-700" />
                {td(`slot.${s}`)}
              </label>
            ))}
          </div>
          {fieldError("slot") ? <p role="alert" className="text-xs text-red-700">{fieldError("slot")}</p> : null}
        </fieldset>
      </div>
      <Field id={id("temperature")} label={t("healthForm.temperature")} error={fieldError("temperature")} required>
        <Input
          id={id("temperature")}
          name="temperature"
          type="number"
          inputMode="decimal"
          step="0.1"
          min="34"
          max="43"
          required
          autoFocus
          className="max-w-32"
          invalid={!!fieldError("temperature")}
        />
      </Field>
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium text-slate-700">{t("healthForm.symptoms")}</legend>
        <div className="grid grid-cols-2 gap-x-4 gap-y-1 sm:grid-cols-3">
          {SYMPTOMS.map((s) => (
            <label key={s} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="symptoms" value={s} className="size-4 accent-teal-700" />
              {t(`symptom.${s}`)}
            </label>
          ))}
        </div>
        {symptomsError ? <p role="alert" className="text-xs text-red-700">{symptomsError}</p> : null}
      </fieldset>
      <Field id={id("otherSymptoms")} label={t("healthForm.otherSymptoms")} hint={t("healthForm.otherSymptomsHint")}>
        <Input id={id("otherSymptoms")} name="otherSymptoms" maxLength={200} />
      </Field>
      <Field id={id("note")} label={t("healthForm.note")} error={fieldError("note")}>
        <Textarea id={id("note")} name="note" rows={2} maxLength={500} invalid={!!fieldError("note")} />
      </Field>
      <FormButtons pending={pending} submitLabel={t("healthForm.submit")} onCancel={close} />
    </form>
  );
}
