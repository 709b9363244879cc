"use client";

import type { FormEvent } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/http/action";
import type { SiteView } from "@/lib/sites/site-view";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { Card } from "@/components/ui/page-header";
import { StalePanel } from "@/components/forms/stale-panel";
import { useVersionedEdit } from "@/components/forms/use-versioned-edit";
import { SiteFields, sitePayload } from "./site-fields";

/** A site's details, edited under its optimistic lock (a stale edit shows the newer data). */
export function SiteEditor({ site, save }: { site: SiteView; save: (input: unknown) => Promise<ActionResult<SiteView>> }) {
  const t = useTranslations("sites");
  const edit = useVersionedEdit(site);
  const rows = (s: SiteView) => [
    { label: t("fields.name"), value: s.name },
    { label: t("fields.address"), value: s.address ?? "" },
    { label: t("fields.capacity"), value: String(s.capacity) },
    { label: t("list.status"), value: s.active ? t("list.active") : t("list.inactive") },
  ];

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = sitePayload(event.currentTarget, true);
    edit.save((version) => save({ ...input, version }), { saved: t("detail.saved"), refused: (message) => t("detail.refused", { message }) });
  }

  const before = rows(edit.snapshot);
  return (
    <Card
      title={t("detail.details")}
      actions={
        edit.editing ? null : (
          <Button type="button" variant="secondary" className="py-1" onClick={edit.start}>
            {t("detail.edit")}
          </Button>
        )
      }
    >
      <div className="space-y-4">
        {edit.notice ? <Notice kind={edit.notice.kind}>{edit.notice.text}</Notice> : null}
        {!edit.editing ? (
          <dl className="grid grid-cols-1 gap-3 text-sm sm:grid-cols-2" data-testid="site-summary">
            {rows(site).map((r) => (
              <div key={r.label}>
                <dt className="text-slate-500">{r.label}</dt>
                <dd className="mt-0.5">{r.value || "—"}</dd>
              </div>
            ))}
          </dl>
        ) : (
          <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("detail.details")}>
            {edit.stale ? (
              <StalePanel
                title={t("stale.title")}
                body={t("stale.body")}
                latest={t("stale.latest")}
                changedLabel={t("stale.changed")}
                rows={rows(site).map((r, i) => ({ ...r, changed: before[i]?.value !== r.value }))}
              />
            ) : null}
            <SiteFields
              prefix="edit-site"
              defaults={{ name: edit.snapshot.name, address: edit.snapshot.address ?? "", capacity: String(edit.snapshot.capacity), active: edit.snapshot.active }}
              errors={edit.errors}
              withActive
            />
            <div className="flex flex-wrap gap-2">
              <Button type="submit" disabled={edit.pending}>
                {edit.pending ? t("detail.saving") : t("detail.save")}
              </Button>
              <Button type="button" variant="secondary" onClick={edit.cancel}>
                {t("detail.cancel")}
              </Button>
            </div>
          </form>
        )}
      </div>
    </Card>
  );
}
