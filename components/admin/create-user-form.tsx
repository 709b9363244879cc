"use client";

import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { createUserAction } from "@/app/(app)/admin/users/actions";
import type { Role } from "@/lib/auth/user";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { RoleOptions } from "./role-options";
import { CountyOptions, type CountyOption } from "./county-options";

export function CreateUserForm({ counties }: { counties: CountyOption[] }) {
  const t = useTranslations("admin.users");
  const [fields, setFields] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<{ kind: "success" | "error"; text: string } | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const username = String(form.get("username") ?? "").trim();
    setPending(true);
    const result = await createUserAction({
      username,
      displayName: String(form.get("displayName") ?? ""),
      role: String(form.get("role")) as Role,
      countyCode: String(form.get("countyCode") ?? "") || null,
      password: String(form.get("password") ?? ""),
    });
    setPending(false);
    if (result.ok) {
      setFields({});
      setNotice({ kind: "success", text: t("created", { username }) });
      formElement.reset();
      return;
    }
    // Keep what was typed; mark the fields the server refused.
    setFields(result.fields);
    setNotice({ kind: "error", text: result.message });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate aria-label={t("createTitle")}>
      {notice ? <Notice kind={notice.kind} testId="create-user-notice">{notice.text}</Notice> : null}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
        <Field id="new-username" label={t("username")} error={fields.username} required>
          <Input id="new-username" name="username" autoComplete="off" invalid={Boolean(fields.username)} />
        </Field>
        <Field id="new-displayName" label={t("displayName")} error={fields.displayName} required>
          <Input id="new-displayName" name="displayName" invalid={Boolean(fields.displayName)} />
        </Field>
        <Field id="new-role" label={t("role")} error={fields.role} required>
          <Select id="new-role" name="role" defaultValue="COUNTY_STAFF">
            <RoleOptions />
          </Select>
        </Field>
        <Field id="new-county" label={t("county")} error={fields.countyCode}>
          <Select id="new-county" name="countyCode" invalid={Boolean(fields.countyCode)}>
            <CountyOptions counties={counties} noneLabel={t("noCounty")} />
          </Select>
        </Field>
        <Field id="new-password" label={t("password")} error={fields.password} hint={t("passwordHint")} required>
          <Input id="new-password" name="password" type="password" autoComplete="new-password" invalid={Boolean(fields.password)} />
        </Field>
      </div>
      <Button type="submit" disabled={pending}>
        {t("create")}
      </Button>
    </form>
  );
}
