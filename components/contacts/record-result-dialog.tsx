"use client";

import { useState, type FormEvent } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { recordTestResultAction } from "@/app/(app)/contacts/actions";
import { Field, Input, Select } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { ActionDialog, useCloseDialog } from "./action-dialog";
import { useFeedback } from "./feedback";
import { FormButtons } from "@/components/ui/form-buttons";
import { FormErrorNotice } from "./form-error";
import { optional, text } from "./form-values";
import { useActionForm } from "./use-action-form";

const RESULTS = ["NEGATIVE", "POSITIVE", "PENDING"] as const;
const SAMPLE_TYPES = ["NASOPHARYNGEAL", "OROPHARYNGEAL"] as const;

interface Props {
  contactId: string;
  personName: string;
  /** Prefilled: the scheduled test's date and double-sample flag. */
  sampleDate: string;
  doubleSample: boolean;
  today: string;
  size?: "normal" | "small";
  variant?: "primary" | "secondary";
}

export function RecordResultDialog(props: Props) {
  const t = useTranslations("contacts");
  return (
    <ActionDialog
      label={t("actions.recordResult")}
      title={t("resultForm.title", { name: props.personName })}
      variant={props.variant ?? "primary"}
      size={props.size}
    >
      <RecordResultForm {...props} />
    </ActionDialog>
  );
}

/** A Ct value as typed: a number, or undefined when blank (the server refuses a non-number). */
function ct(form: FormData, name: string): number | string | undefined {
  const v = text(form, name).trim();
  if (v === "") return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : v;
}

function RecordResultForm({ contactId, personName, sampleDate, doubleSample, today }: Props) {
  const close = useCloseDialog();
  const t = useTranslations("contacts");
  const td = useTranslations("domain");
  const feedback = useFeedback();
  const { pending, error, submit } = useActionForm();
  // No result is preselected: one careless click must not record a negative that counts toward release.
  const [result, setResult] = useState<(typeof RESULTS)[number] | null>(null);
  const id = (name: string) => `result-${contactId}-${name}`;
  const fieldError = (name: string) => error?.fields[name];

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      sampleDate: text(form, "sampleDate"),
      result: optional(form, "result"),
      doubleSample: form.get("doubleSample") === "on",
      sampleType: optional(form, "sampleType"),
      lab: optional(form, "lab"),
      ctOrf1ab: ct(form, "ctOrf1ab"),
      ctN: ct(form, "ctN"),
      classification: result === "POSITIVE" ? optional(form, "classification") : undefined,
    };
    submit(
      () => recordTestResultAction(contactId, input),
      (data) => {
        close();
        if (data.escalation) {
          const { caseId, upgradedContactIds } = data.escalation;
          feedback.show(
            "success",
            <>
              <p className="font-medium">{t("resultForm.escalated", { name: personName })}</p>
              <p>{t("resultForm.upgraded", { count: upgradedContactIds.length })}</p>
              <p className="flex flex-wrap gap-x-4">
                <Link className="underline" href={`/cases/${caseId}`}>
                  {t("resultForm.openCase")}
                </Link>
                <Link className="underline" href={`/contacts/${contactId}#source-chain`}>
                  {t("resultForm.seeContact")}
                </Link>
              </p>
            </>,
          );
        } else {
          feedback.show("success", t("resultForm.saved", { date: data.testResult.sampleDate, result: td(`testResult.${data.testResult.result}`) }));
        }
      },
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormErrorNotice error={error} />
      <Field id={id("sampleDate")} label={t("resultForm.sampleDate")} error={fieldError("sampleDate")} required>
        <Input id={id("sampleDate")} name="sampleDate" type="date" defaultValue={sampleDate} max={today} required invalid={!!fieldError("sampleDate")} />
      </Field>
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium text-slate-700">
          {t("resultForm.result")} <span className="text-red-700" aria-hidden="true">*</span>
        </legend>
        <div className="flex flex-wrap gap-2">
          {RESULTS.map((r) => (
            <label
              key={r}
              className="flex cursor-pointer items-center gap-2 rounded-md border border-slate-300 px-3 py-2 text-sm has-checked:border-teal-600 has-checked:bg-teal-50 has-focus-visible:outline-2 has-focus-visible:outline-teal-600"
            >
              <input type="radio" name="result" value={r} checked={result === r} onChange={() => setResult(r)} required className="accent-teal-700" data-testid={`result-${r}`} />
              {td(`testResult.${r}`)}
            </label>
          ))}
        </div>
        {fieldError("result") ? <p role="alert" className="text-xs text-red-700">{fieldError("result")}</p> : null}
      </fieldset>
      {result === "POSITIVE" ? (
        <>
          <Notice kind="warning">{t("resultForm.positiveWarning")}</Notice>
          <Field id={id("classification")} label={t("resultForm.classification")} error={fieldError("classification")}>
            <Select id={id("classification")} name="classification" defaultValue="CONFIRMED">
              <option value="CONFIRMED">{td("classification.CONFIRMED")}</option>
              <option value="ASYMPTOMATIC">{td("classification.ASYMPTOMATIC")}</option>
            </Select>
          </Field>
        </>
      ) : null}
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="doubleSample" defaultChecked={doubleSample} className="size-4 accent-teal-700" />
        {t("resultForm.doubleSample")}
      </label>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={id("sampleType")} label={t("resultForm.sampleType")} error={fieldError("sampleType")}>
          <Select id={id("sampleType")} name="sampleType" defaultValue="">
            <option value="">{t("resultForm.sampleTypeNone")}</option>
            {SAMPLE_TYPES.map((s) => (
              <option key={s} value={s}>
                {td(`sampleType.${s}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id={id("lab")} label={t("resultForm.lab")} error={fieldError("lab")}>
          <Input id={id("lab")} name="lab" maxLength={100} invalid={!!fieldError("lab")} />
        </Field>
        <Field id={id("ctOrf1ab")} label="Ct ORF1ab" error={fieldError("ctOrf1ab")}>
          <Input id={id("ctOrf1ab")} name="ctOrf1ab" type="number" inputMode="decimal" step="0.1" min={0} max={60} invalid={!!fieldError("ctOrf1ab")} />
        </Field>
        <Field id={id("ctN")} label="Ct N" error={fieldError("ctN")}>
          <Input id={id("ctN")} name="ctN" type="number" inputMode="decimal" step="0.1" min={0} max={60} invalid={!!fieldError("ctN")} />
        </Field>
      </div>
      <FormButtons pending={pending} submitLabel={t("resultForm.submit")} danger={result === "POSITIVE"} onCancel={close} />
    </form>
  );
}
