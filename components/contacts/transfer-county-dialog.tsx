"use client";

import type { FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { requestTransferAction } from "@/app/(app)/contacts/actions";
import { FormButtons } from "@/components/ui/form-buttons";
import { Field, Select, Textarea } from "@/components/ui/field";
import { ActionDialog, useCloseDialog } from "./action-dialog";
import { useFeedback } from "./feedback";
import { FormErrorNotice } from "./form-error";
import { text } from "./form-values";
import { useActionForm } from "./use-action-form";

interface Props {
  contactId: string;
  personName: string;
  /** The counties that may receive (every county but the contact's own), by code. */
  counties: { code: string; name: string }[];
}

/** "移交至其他县": hands the contact with its plan to another county, once that county accepts. */
export function TransferCountyDialog(props: Props) {
  const t = useTranslations("identity.transfer.dialog");
  return (
    <ActionDialog label={t("button")} title={t("title", { name: props.personName })}>
      <TransferCountyForm {...props} />
    </ActionDialog>
  );
}

function TransferCountyForm({ contactId, counties }: Props) {
  const t = useTranslations("identity.transfer.dialog");
  const close = useCloseDialog();
  const feedback = useFeedback();
  const router = useRouter();
  const { pending, error, submit } = useActionForm();
  const id = (f: string) => `transfer-county-${contactId}-${f}`;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const toCountyCode = text(data, "toCountyCode");
    const input = { toCountyCode, reason: text(data, "reason") };
    submit(
      () => requestTransferAction(contactId, input),
      () => {
        close();
        feedback.show("success", t("saved", { county: counties.find((c) => c.code === toCountyCode)?.name ?? toCountyCode }));
        router.refresh();
      },
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormErrorNotice error={error} />
      <p className="text-sm text-slate-600">{t("explain")}</p>
      <Field id={id("county")} label={t("county")} error={error?.fields.toCountyCode} required>
        <Select id={id("county")} name="toCountyCode" defaultValue="" required invalid={Boolean(error?.fields.toCountyCode)}>
          <option value="">{t("choose")}</option>
          {counties.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field id={id("reason")} label={t("reason")} error={error?.fields.reason} required>
        <Textarea id={id("reason")} name="reason" rows={3} maxLength={500} required invalid={Boolean(error?.fields.reason)} />
      </Field>
      <FormButtons pending={pending} submitLabel={t("submit")} onCancel={close} />
    </form>
  );
}
