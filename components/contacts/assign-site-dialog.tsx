"use client";

import type { FormEvent } from "react";
import { useTranslations } from "next-intl";
import { assignSiteAction } from "@/app/(app)/contacts/actions";
import { Field, Select } from "@/components/ui/field";
import { ActionDialog, useCloseDialog } from "./action-dialog";
import { useFeedback } from "./feedback";
import { FormButtons } from "@/components/ui/form-buttons";
import { FormErrorNotice } from "./form-error";
import { text } from "./form-values";
import { useActionForm } from "./use-action-form";

export interface SiteOption {
  id: string;
  name: string;
  capacity: number;
  free: number;
}

interface Props {
  contactId: string;
  personName: string;
  version: number;
  currentSiteId: string | null;
  sites: SiteOption[];
}

export function AssignSiteDialog(props: Props) {
  const t = useTranslations("contacts");
  return (
    <ActionDialog label={t("actions.assignSite")} title={t("siteForm.title", { name: props.personName })}>
      <AssignSiteForm {...props} />
    </ActionDialog>
  );
}

function AssignSiteForm({ contactId, personName, version, currentSiteId, sites }: Props) {
  const close = useCloseDialog();
  const t = useTranslations("contacts");
  const feedback = useFeedback();
  const { pending, error, submit } = useActionForm();
  const id = `site-${contactId}-siteId`;
  // Preselect the current site, else the first one with a free room.
  const preselected = currentSiteId ?? sites.find((s) => s.free > 0)?.id ?? "";

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const siteId = text(new FormData(event.currentTarget), "siteId") || null;
    submit(
      () => assignSiteAction(contactId, version, { siteId }),
      (data) => {
        close();
        feedback.show("success", data.site ? t("siteForm.saved", { site: data.site.name }) : t("siteForm.removed", { name: personName }));
      },
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormErrorNotice error={error} />
      {sites.length === 0 ? <p className="text-sm text-slate-600">{t("siteForm.noSites")}</p> : null}
      <Field id={id} label={t("siteForm.site")} error={error?.fields.siteId}>
        <Select id={id} name="siteId" defaultValue={preselected} invalid={!!error?.fields.siteId}>
          <option value="">{t("siteForm.none")}</option>
          {sites.map((s) => (
            <option key={s.id} value={s.id} disabled={s.free === 0 && s.id !== currentSiteId}>
              {s.id === currentSiteId
                ? t("siteForm.current", { name: s.name })
                : s.free === 0
                  ? t("siteForm.optionFull", { name: s.name })
                  : t("siteForm.option", { name: s.name, free: s.free, capacity: s.capacity })}
            </option>
          ))}
        </Select>
      </Field>
      <FormButtons pending={pending} submitLabel={t("siteForm.submit")} onCancel={close} />
    </form>
  );
}
