"use client";

import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { updateCountyAction } from "@/app/(app)/admin/reference/actions";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { FormButtons } from "@/components/ui/form-buttons";
import { Notice } from "@/components/ui/notice";
import { NamesFields, namesOf } from "./names-fields";
import { useAdminAction } from "./use-admin-action";

interface CountyRow {
  code: string;
  nameZh: string;
  nameEn: string;
  active: boolean;
}

/** Rename, deactivate (records kept) or reactivate one county. */
export function CountyRowActions({ county }: { county: CountyRow }) {
  const t = useTranslations("admin.reference");
  const td = useTranslations("domain");
  const [open, setOpen] = useState(false);
  const { fields, notice, pending, run, reset } = useAdminAction();
  const who = { name: county.nameZh };

  async function onRename(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    if (await run(() => updateCountyAction(county.code, namesOf(form)), (c) => t("saved", { name: c.nameZh }))) setOpen(false);
  }

  return (
    <div className="flex flex-col gap-1">
      <div className="flex flex-wrap gap-1">
        <Button variant="ghost" className="px-2 py-1" onClick={() => (reset(), setOpen(true))}>
          {t("rename")}
        </Button>
        {county.active ? (
          <Button
            variant="secondary"
            className="px-2 py-1"
            disabled={pending}
            onClick={() => window.confirm(t("confirmDeactivate", who)) && void run(() => updateCountyAction(county.code, { active: false }), () => t("deactivated", who))}
          >
            {t("deactivate")}
          </Button>
        ) : (
          <Button variant="secondary" className="px-2 py-1" disabled={pending} onClick={() => void run(() => updateCountyAction(county.code, { active: true }), () => t("activated", who))}>
            {t("activate")}
          </Button>
        )}
      </div>
      {notice && !open ? <Notice kind={notice.kind}>{notice.text}</Notice> : null}
      <Dialog open={open} onClose={() => setOpen(false)} title={t("renameTitle", who)}>
        <form onSubmit={onRename} className="space-y-3" noValidate>
          {notice?.kind === "error" ? <Notice kind="error">{notice.text}</Notice> : null}
          <NamesFields idPrefix={`county-${county.code}`} fields={fields} nameZh={county.nameZh} nameEn={county.nameEn} />
          <FormButtons pending={pending} submitLabel={td("save")} onCancel={() => setOpen(false)} />
        </form>
      </Dialog>
    </div>
  );
}
