"use client";

import type { FormEvent, ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import { StalePanel, type StaleRow } from "./stale-panel";
import type { useVersionedEdit } from "./use-versioned-edit";

export interface VersionedEditLabels {
  edit: string;
  save: string;
  saving: string;
  cancel: string;
  stale: { title: string; body: string; latest: string; changed: string };
}

/**
 * A card that shows a record and, on "edit", a form for it under its optimistic lock: the
 * action's notice, the stale-edit panel with the newer data, the fields and save/cancel.
 */
export function VersionedEditCard<T extends { version: number }>({
  title,
  edit,
  labels,
  view,
  staleRows,
  formLabel,
  onSubmit,
  children,
}: {
  title: ReactNode;
  edit: ReturnType<typeof useVersionedEdit<T>>;
  labels: VersionedEditLabels;
  /** The read view. */
  view: ReactNode;
  /** The newer saved values, marked where they differ from what the user began editing. */
  staleRows: () => StaleRow[];
  formLabel?: string;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  /** The form's fields. */
  children: ReactNode;
}) {
  return (
    <Card
      title={title}
      actions={
        edit.editing ? null : (
          <Button type="button" variant="secondary" onClick={edit.start} className="py-1">
            {labels.edit}
          </Button>
        )
      }
    >
      <div className="space-y-4">
        {edit.notice ? <Notice kind={edit.notice.kind}>{edit.notice.text}</Notice> : null}
        {!edit.editing ? (
          view
        ) : (
          <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={formLabel}>
            {edit.stale ? (
              <StalePanel title={labels.stale.title} body={labels.stale.body} latest={labels.stale.latest} changedLabel={labels.stale.changed} rows={staleRows()} />
            ) : null}
            {children}
            <div className="flex flex-wrap gap-2">
              <Button type="submit" disabled={edit.pending}>
                {edit.pending ? labels.saving : labels.save}
              </Button>
              <Button type="button" variant="secondary" onClick={edit.cancel}>
                {labels.cancel}
              </Button>
            </div>
          </form>
        )}
      </div>
    </Card>
  );
}
