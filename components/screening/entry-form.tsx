"use client";

import type { FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { createScreeningItemAction } from "@/app/(app)/screening/actions";
import { FormErrorNotice } from "@/components/contacts/form-error";
import { optional, text } from "@/components/contacts/form-values";
import { useActionForm } from "@/components/contacts/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";

const FIELDS = [
  { name: "name", required: true },
  { name: "phone" },
  { name: "idNumber" },
  { name: "reason" },
  { name: "sourceArea" },
  { name: "arrivalDate", type: "date" },
  { name: "pushedAt", type: "datetime-local", required: true },
] as const;

/** One person of a push list entered by hand. */
export function EntryForm() {
  const t = useTranslations("screening");
  const router = useRouter();
  const { pending, error, submit } = useActionForm();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const input = Object.fromEntries(FIELDS.map((f) => [f.name, "required" in f ? text(data, f.name) : optional(data, f.name)]));
    submit(
      () => createScreeningItemAction(input),
      (id) => router.push(`/screening/${id}`),
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" data-testid="screening-entry">
      <FormErrorNotice error={error} />
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {FIELDS.map((f) => (
          <Field key={f.name} id={`screening-${f.name}`} label={t(`columns.${f.name}`)} error={error?.fields[f.name]} required={"required" in f} hint={f.name === "pushedAt" ? t("entry.pushedAtHint") : undefined}>
            <Input id={`screening-${f.name}`} name={f.name} type={"type" in f ? f.type : "text"} invalid={Boolean(error?.fields[f.name])} />
          </Field>
        ))}
      </div>
      <Button type="submit" disabled={pending}>
        {t("entry.submit")}
      </Button>
    </form>
  );
}
