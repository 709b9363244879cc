"use client";

import type { FormEvent } from "react";
import { useTranslations } from "next-intl";
import { createCountyAction } from "@/app/(app)/admin/reference/actions";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { NamesFields, namesOf } from "./names-fields";
import { useAdminAction } from "./use-admin-action";

export function AddCountyForm({ prefix }: { prefix: string }) {
  const t = useTranslations("admin.reference");
  const { fields, notice, pending, run } = useAdminAction();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const ok = await run(() => createCountyAction({ code: String(form.get("code") ?? ""), ...namesOf(form) }), (c) => t("added", { name: c.nameZh, code: c.code }));
    if (ok) formElement.reset();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={t("addTitle")}>
      {notice ? <Notice kind={notice.kind} testId="add-county-notice">{notice.text}</Notice> : null}
      <div className="grid gap-3 sm:grid-cols-3">
        <Field id="county-code" label={t("code")} error={fields.code} hint={t("codeHint", { prefix })} required>
          <Input id="county-code" name="code" inputMode="numeric" maxLength={6} autoComplete="off" invalid={Boolean(fields.code)} />
        </Field>
        <NamesFields idPrefix="county-new" fields={fields} />
      </div>
      <Button type="submit" disabled={pending}>
        {t("add")}
      </Button>
    </form>
  );
}
