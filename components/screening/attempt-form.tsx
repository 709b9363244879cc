"use client";

import type { FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { recordAttemptAction } from "@/app/(app)/screening/actions";
import { FormErrorNotice } from "@/components/contacts/form-error";
import { optional, text } from "@/components/contacts/form-values";
import { useActionForm } from "@/components/contacts/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { ATTEMPT_METHODS } from "@/lib/screening/limits";

/** One try to reach the person: time (default now), method, what happened. */
export function AttemptForm({ id, version }: { id: string; version: number }) {
  const t = useTranslations("screening.attempt");
  const router = useRouter();
  const { pending, error, submit } = useActionForm();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    submit(
      () => recordAttemptAction(id, { version, method: text(data, "method"), at: optional(data, "at"), note: optional(data, "note") }),
      () => {
        form.reset();
        router.refresh();
      },
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" data-testid="attempt-form">
      <FormErrorNotice error={error} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="attempt-method" label={t("method")} error={error?.fields.method} required>
          <Select id="attempt-method" name="method" defaultValue="PHONE">
            {ATTEMPT_METHODS.map((m) => (
              <option key={m} value={m}>
                {t(`methods.${m}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="attempt-at" label={t("at")} hint={t("atHint")} error={error?.fields.at}>
          <Input id="attempt-at" name="at" type="datetime-local" invalid={Boolean(error?.fields.at)} />
        </Field>
      </div>
      <Field id="attempt-note" label={t("note")} error={error?.fields.note}>
        <Textarea id="attempt-note" name="note" rows={2} maxLength={500} />
      </Field>
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
