"use client";

import type { FormEvent } from "react";
import { useTranslations } from "next-intl";
import { extendPhaseAction } from "@/app/(app)/contacts/actions";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { ActionDialog, useCloseDialog } from "./action-dialog";
import { useFeedback } from "./feedback";
import { FormButtons } from "@/components/ui/form-buttons";
import { FormErrorNotice } from "./form-error";
import { text } from "./form-values";
import { useActionForm } from "./use-action-form";

type PhaseKind = "CENTRALIZED_ISOLATION" | "HOME_HEALTH_MONITORING" | "HOME_ISOLATION" | "MEDICAL_OBSERVATION";

interface Props {
  contactId: string;
  personName: string;
  version: number;
  /** The phases that have not ended yet (only those can be extended). */
  phases: { kind: PhaseKind; endDate: string; suggestedEnd: string }[];
}

export function ExtendPhaseDialog(props: Props) {
  const t = useTranslations("contacts");
  return (
    <ActionDialog label={t("actions.extend")} title={t("extendForm.title", { name: props.personName })}>
      <ExtendPhaseForm {...props} />
    </ActionDialog>
  );
}

function ExtendPhaseForm({ contactId, version, phases }: Props) {
  const close = useCloseDialog();
  const t = useTranslations("contacts");
  const td = useTranslations("domain");
  const feedback = useFeedback();
  const { pending, error, submit } = useActionForm();
  const id = (name: string) => `extend-${contactId}-${name}`;
  const fieldError = (name: string) => error?.fields[name];
  const first = phases[0];

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = { phase: text(form, "phase"), newEndDate: text(form, "newEndDate"), reason: text(form, "reason") };
    submit(
      () => extendPhaseAction(contactId, version, input),
      () => {
        close();
        const phase = phases.find((p) => p.kind === input.phase)?.kind;
        feedback.show("success", t("extendForm.saved", { phase: phase ? td(`phase.${phase}`) : input.phase, date: input.newEndDate }));
      },
    );
  }

  if (!first) {
    return (
      <div className="space-y-4">
        <p className="text-sm">{t("extendForm.nothingToExtend")}</p>
        <div className="flex justify-end">
          <button type="button" className="text-sm underline" onClick={close}>
            {t("actions.close")}
          </button>
        </div>
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormErrorNotice error={error} />
      <Field id={id("phase")} label={t("extendForm.phase")} error={fieldError("phase")} required>
        <Select id={id("phase")} name="phase" defaultValue={first.kind} invalid={!!fieldError("phase")}>
          {phases.map((p) => (
            <option key={p.kind} value={p.kind}>
              {td(`phase.${p.kind}`)} — {t("extendForm.currentEnd", { date: p.endDate })}
            </option>
          ))}
        </Select>
      </Field>
      <Field id={id("newEndDate")} label={t("extendForm.newEndDate")} error={fieldError("newEndDate")} hint={t("extendForm.newEndHint")} required>
        <Input id={id("newEndDate")} name="newEndDate" type="date" defaultValue={first.suggestedEnd} required invalid={!!fieldError("newEndDate")} />
      </Field>
      <Field id={id("reason")} label={t("extendForm.reason")} error={fieldError("reason")} required>
        <Textarea id={id("reason")} name="reason" rows={3} maxLength={500} required invalid={!!fieldError("reason")} />
      </Field>
      <FormButtons pending={pending} submitLabel={t("extendForm.submit")} onCancel={close} />
    </form>
  );
}
