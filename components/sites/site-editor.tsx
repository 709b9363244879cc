"use client";

import type { FormEvent } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/http/action";
import type { SiteView } from "@/lib/sites/site-view";
import { VersionedEditCard } from "@/components/forms/versioned-edit-card";
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
    <VersionedEditCard
      title={t("detail.details")}
      edit={edit}
      labels={{
        edit: t("detail.edit"),
        save: t("detail.save"),
        saving: t("detail.saving"),
        cancel: t("detail.cancel"),
        stale: { title: t("stale.title"), body: t("stale.body"), latest: t("stale.latest"), changed: t("stale.changed") },
      }}
      view={
        <dl className="grid grid-cols-1 gap-3 text-sm sm:grid-cols-2" data-testid="site-summary">
          {rows(site).map((r) => (
            <div key={r.label}>
              <dt className="text-slate-500">{r.label}</dt>
              <dd className="mt-0.5">{r.value || "—"}</dd>
            </div>
          ))}
        </dl>
      }
      staleRows={() => rows(site).map((r, i) => ({ ...r, changed: before[i]?.value !== r.value }))}
      formLabel={t("detail.details")}
      onSubmit={onSubmit}
    >
      <SiteFields
        prefix="edit-site"
        defaults={{ name: edit.snapshot.name, address: edit.snapshot.address ?? "", capacity: String(edit.snapshot.capacity), active: edit.snapshot.active }}
        errors={edit.errors}
        withActive
      />
    </VersionedEditCard>
  );
}
