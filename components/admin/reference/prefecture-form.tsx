"use client";

import type { FormEvent } from "react";
import { useTranslations } from "next-intl";
import { updatePrefectureAction } from "@/app/(app)/admin/reference/actions";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { NamesFields, namesOf } from "./names-fields";
import { useAdminAction } from "./use-admin-action";

export function PrefectureForm({ nameZh, nameEn }: { nameZh: string; nameEn: string }) {
  const t = useTranslations("admin.reference");
  const { fields, notice, pending, run } = useAdminAction();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    void run(() => updatePrefectureAction(namesOf(form)), (p) => t("saved", { name: p.nameZh }));
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={t("prefecture")}>
      {notice ? <Notice kind={notice.kind} testId="prefecture-notice">{notice.text}</Notice> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <NamesFields idPrefix="prefecture" fields={fields} nameZh={nameZh} nameEn={nameEn} />
      </div>
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("savePrefecture")}
      </Button>
    </form>
  );
}
