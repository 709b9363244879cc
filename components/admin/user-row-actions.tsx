"use client";

import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { resetPasswordAction, updateUserAction } from "@/app/(app)/admin/users/actions";
import type { Role } from "@/lib/auth/user";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field, Input, Select } from "@/components/ui/field";
import { FormButtons } from "@/components/ui/form-buttons";
import { Notice } from "@/components/ui/notice";
import { RoleOptions } from "./role-options";
import { CountyOptions, type CountyOption } from "./county-options";

export interface AccountRow {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  countyCode: string | null;
  active: boolean;
  locked: boolean;
}

/** Disable/enable, unlock, edit role and county, reset the password — each confirmed by the server. */
export function UserRowActions({ account, counties, self }: { account: AccountRow; counties: CountyOption[]; self: boolean }) {
  const t = useTranslations("admin.users");
  const td = useTranslations("domain");
  const router = useRouter();
  const [dialog, setDialog] = useState<"edit" | "reset" | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<{ kind: "success" | "error"; text: string } | null>(null);
  const [pending, setPending] = useState(false);
  const who = { username: account.username };

  async function run(action: () => ReturnType<typeof updateUserAction>, success: string) {
    setPending(true);
    const result = await action();
    setPending(false);
    if (result.ok) {
      setNotice({ kind: "success", text: success });
      setFields({});
      setDialog(null);
      router.refresh();
    } else {
      setFields(result.fields);
      setNotice({ kind: "error", text: result.message });
    }
  }

  function onEdit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    void run(
      () =>
        updateUserAction(account.id, {
          displayName: String(form.get("displayName") ?? ""),
          role: String(form.get("role")) as Role,
          countyCode: String(form.get("countyCode") ?? "") || null,
        }),
      t("saved", who),
    );
  }

  function onReset(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    void run(() => resetPasswordAction(account.id, { password: String(form.get("password") ?? "") }), t("reset", who));
  }

  return (
    <div className="flex flex-col gap-1">
      <div className="flex flex-wrap gap-1">
        {!self && account.active ? (
          <Button
            variant="secondary"
            className="px-2 py-1"
            disabled={pending}
            onClick={() => window.confirm(t("confirmDisable", who)) && void run(() => updateUserAction(account.id, { active: false }), t("disabled", who))}
          >
            {t("disable")}
          </Button>
        ) : null}
        {!account.active ? (
          <Button variant="secondary" className="px-2 py-1" disabled={pending} onClick={() => void run(() => updateUserAction(account.id, { active: true }), t("enabled", who))}>
            {t("enable")}
          </Button>
        ) : null}
        {account.locked ? (
          <Button variant="secondary" className="px-2 py-1" disabled={pending} onClick={() => void run(() => updateUserAction(account.id, { unlock: true }), t("unlocked", who))}>
            {t("unlock")}
          </Button>
        ) : null}
        <Button variant="ghost" className="px-2 py-1" onClick={() => setDialog("edit")}>
          {t("edit")}
        </Button>
        <Button variant="ghost" className="px-2 py-1" onClick={() => setDialog("reset")}>
          {t("resetPassword")}
        </Button>
      </div>
      {notice && !dialog ? <Notice kind={notice.kind}>{notice.text}</Notice> : null}

      <Dialog open={dialog === "edit"} onClose={() => setDialog(null)} title={t("editTitle", who)}>
        <form onSubmit={onEdit} className="space-y-3" noValidate>
          {notice?.kind === "error" ? <Notice kind="error">{notice.text}</Notice> : null}
          <Field id={`dn-${account.id}`} label={t("displayName")} error={fields.displayName} required>
            <Input id={`dn-${account.id}`} name="displayName" defaultValue={account.displayName} />
          </Field>
          <Field id={`role-${account.id}`} label={t("role")} error={fields.role}>
            <Select id={`role-${account.id}`} name="role" defaultValue={account.role} disabled={self}>
              <RoleOptions />
            </Select>
          </Field>
          <Field id={`county-${account.id}`} label={t("county")} error={fields.countyCode}>
            <Select id={`county-${account.id}`} name="countyCode" defaultValue={account.countyCode ?? ""}>
              <CountyOptions counties={counties} noneLabel={t("noCounty")} />
            </Select>
          </Field>
          <FormButtons pending={pending} submitLabel={td("save")} onCancel={() => setDialog(null)} />
        </form>
      </Dialog>

      <Dialog open={dialog === "reset"} onClose={() => setDialog(null)} title={t("resetTitle", who)}>
        <form onSubmit={onReset} className="space-y-3" noValidate>
          <Field id={`pw-${account.id}`} label={t("newPassword")} error={fields.password} hint={t("passwordHint")} required>
            <Input id={`pw-${account.id}`} name="password" type="password" autoComplete="new-password" invalid={Boolean(fields.password)} />
          </Field>
          <FormButtons pending={pending} submitLabel={td("save")} onCancel={() => setDialog(null)} />
        </form>
      </Dialog>
    </div>
  );
}
