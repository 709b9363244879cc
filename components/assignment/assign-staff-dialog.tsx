"use client";

import type { FormEvent } from "react";
import { useTranslations } from "next-intl";
import { assignCaseStaffAction, assignContactStaffAction } from "@/app/(app)/today/actions";
import { ActionDialog, useCloseDialog } from "@/components/contacts/action-dialog";
import { useFeedback } from "@/components/contacts/feedback";
import { FormErrorNotice } from "@/components/contacts/form-error";
import { useActionForm } from "@/components/contacts/use-action-form";
import { Field, Select } from "@/components/ui/field";
import { FormButtons } from "@/components/ui/form-buttons";

interface Props {
  kind: "contact" | "case";
  id: string;
  personName: string;
  version: number;
  currentId: string | null;
  staff: { id: string; displayName: string }[];
}

/** Work assignment: a staff member of the county, or nobody (audited on the server). */
export function AssignStaffDialog(props: Props) {
  const t = useTranslations("today.assign");
  const current = props.staff.find((s) => s.id === props.currentId)?.displayName;
  return (
    <ActionDialog label={current ? t("buttonCurrent", { name: current }) : t("button")} title={t("title", { name: props.personName })}>
      <AssignForm {...props} />
    </ActionDialog>
  );
}

function AssignForm({ kind, id, personName, version, currentId, staff }: Props) {
  const close = useCloseDialog();
  const t = useTranslations("today.assign");
  const feedback = useFeedback();
  const { pending, error, submit } = useActionForm();
  const field = `assign-${id}`;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get("assignedToId");
    const input = { assignedToId: typeof value === "string" && value ? value : null, version };
    submit(
      () => (kind === "contact" ? assignContactStaffAction(id, input) : assignCaseStaffAction(id, input)),
      (data) => {
        close();
        feedback.show("success", data.assignedToName ? t("saved", { name: personName, staff: data.assignedToName }) : t("cleared", { name: personName }));
      },
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormErrorNotice error={error} />
      <Field id={field} label={t("staff")} error={error?.fields.assignedToId}>
        <Select id={field} name="assignedToId" defaultValue={currentId ?? ""}>
          <option value="">{t("nobody")}</option>
          {staff.map((s) => (
            <option key={s.id} value={s.id}>
              {s.displayName}
            </option>
          ))}
        </Select>
      </Field>
      <FormButtons pending={pending} submitLabel={t("submit")} onCancel={close} />
    </form>
  );
}
