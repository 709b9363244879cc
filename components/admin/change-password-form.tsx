"use client";

import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { changePasswordAction } from "@/app/account/password/actions";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";

export function ChangePasswordForm() {
  const t = useTranslations("admin.password");
  const router = useRouter();
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    const result = await changePasswordAction({
      current: String(form.get("current") ?? ""),
      next: String(form.get("next") ?? ""),
      confirm: String(form.get("confirm") ?? ""),
    });
    setPending(false);
    if (result.ok) {
      router.replace("/");
      router.refresh();
      return;
    }
    setFields(result.fields);
    setError(Object.keys(result.fields).length ? null : result.message);
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {error ? <Notice kind="error">{error}</Notice> : null}
      {(["current", "next", "confirm"] as const).map((name) => (
        <Field key={name} id={`pw-${name}`} label={t(name === "next" ? "new" : name)} error={fields[name]} required>
          <Input id={`pw-${name}`} name={name} type="password" autoComplete={name === "current" ? "current-password" : "new-password"} invalid={Boolean(fields[name])} />
        </Field>
      ))}
      <Button type="submit" disabled={pending} className="w-full">
        {t("submit")}
      </Button>
    </form>
  );
}
