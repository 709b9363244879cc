"use client";

import { useState, useTransition, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/http/action";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { Withheld } from "@/components/ui/withheld";
import { DateInput } from "@/components/forms/date-input";
import { filledFields } from "@/components/forms/form-data";

export interface TrackEntry {
  id: string;
  date: string;
  place: string | null;
  activity: string | null;
  /** Free-text fields withheld from this viewer. */
  hidden: string[];
}

function CellError({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p id={`${id}-error`} role="alert" className="mt-1 text-xs whitespace-normal text-red-700">
      {message}
    </p>
  ) : null;
}

/** One movement-track entry, edited in place. */
export function TrackEntryRow({
  entry,
  update,
  onRemove,
  onDone,
}: {
  entry: TrackEntry;
  update: (entryId: string, input: unknown) => Promise<ActionResult<unknown>>;
  onRemove: (entry: TrackEntry) => void;
  onDone: (kind: "success" | "error", text: string) => void;
}) {
  const t = useTranslations("cases.track");
  const [editing, setEditing] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, startTransition] = useTransition();
  const id = (field: string) => `track-${entry.id}-${field}`;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fields = filledFields(event.currentTarget);
    // An emptied activity is sent as "" (no activity), the other fields as typed.
    const input = { date: fields.date ?? "", place: fields.place ?? "", activity: fields.activity ?? "" };
    startTransition(async () => {
      const result = await update(entry.id, input);
      if (result.ok) {
        setEditing(false);
        setErrors({});
        onDone("success", t("saved"));
      } else {
        setErrors(result.fields);
        onDone("error", t("refused", { message: result.message }));
      }
    });
  }

  if (!editing) {
    return (
      // Distinct keys: reusing the Edit button's DOM node as the Save button would let the
      // click that opened the editor submit it at once.
      <tr key="view" className="hover:bg-slate-50" data-testid="track-row">
        <td className="px-4 py-2 align-top whitespace-nowrap tabular-nums">{entry.date}</td>
        <td className="px-4 py-2 align-top">
          <Withheld value={entry.place} hidden={entry.hidden.includes("place")} />
        </td>
        <td className="px-4 py-2 align-top">
          <Withheld value={entry.activity} hidden={entry.hidden.includes("activity")} />
        </td>
        <td className="px-4 py-1 text-right align-top whitespace-nowrap">
          <Button type="button" variant="ghost" className="px-2 py-1" onClick={() => setEditing(true)} aria-label={t("editLabel", { date: entry.date })}>
            {t("edit")}
          </Button>
          <Button type="button" variant="ghost" className="px-2 py-1 text-red-700" onClick={() => onRemove(entry)} aria-label={t("removeLabel", { date: entry.date })}>
            {t("remove")}
          </Button>
        </td>
      </tr>
    );
  }
  const formId = `track-form-${entry.id}`;
  return (
    <tr key="edit" className="bg-teal-50/40" data-testid="track-row-editing">
      <td className="px-4 py-2 align-top">
        <form id={formId} onSubmit={onSubmit} noValidate />
        <DateInput form={formId} id={id("date")} name="date" defaultValue={entry.date} aria-label={t("date")} invalid={Boolean(errors.date)} className="w-32" />
        <CellError id={id("date")} message={errors.date} />
      </td>
      <td className="px-4 py-2 align-top">
        <Input form={formId} id={id("place")} name="place" defaultValue={entry.place ?? ""} aria-label={t("place")} invalid={Boolean(errors.place)} maxLength={200} />
        <CellError id={id("place")} message={errors.place} />
      </td>
      <td className="px-4 py-2 align-top">
        <Input form={formId} id={id("activity")} name="activity" defaultValue={entry.activity ?? ""} aria-label={t("activity")} invalid={Boolean(errors.activity)} maxLength={200} />
        <CellError id={id("activity")} message={errors.activity} />
      </td>
      <td className="px-4 py-2 text-right align-top whitespace-nowrap">
        <Button type="submit" form={formId} className="px-3 py-1" disabled={pending}>
          {t("save")}
        </Button>
        <Button
          type="button"
          variant="ghost"
          className="px-2 py-1"
          onClick={() => {
            setEditing(false);
            setErrors({});
          }}
        >
          {t("cancel")}
        </Button>
      </td>
    </tr>
  );
}
