"use client";

import { useEffect, useRef, useState, useTransition, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { createPolicyAction, previewPolicyAction } from "@/app/(app)/admin/policy/actions";
import { CONTACT_CATEGORIES, type ContactCategory, type IsolationPlan } from "@/lib/isolation/types";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { DateInput } from "@/components/forms/date-input";
import { Notice } from "@/components/ui/notice";
import { CategoryFields } from "./category-fields";
import { draftInput, type Draft } from "./draft";
import { PlanPreview } from "./plan-preview";

interface Preview {
  draft: IsolationPlan;
  current: { version: string; plan: IsolationPlan };
}

/**
 * A new policy version, starting from the current one. The server checks it (every refused
 * field is marked with its message) and the preview computes a contact's plan under the draft
 * with the same rule engine the registrations use.
 */
export function PolicyForm({ initial, today, yesterday }: { initial: Draft; today: string; yesterday: string }) {
  const t = useTranslations("admin.policy");
  const td = useTranslations("domain");
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState(initial);
  const [contact, setContact] = useState({ category: "CLOSE" as ContactCategory, lastExposureDate: yesterday, identifiedDate: today });
  const [fields, setFields] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
  }, [fields]);

  function refused(result: { message: string; fields: Record<string, string> }) {
    setFields(result.fields);
    setNotice(result.message);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    startTransition(async () => {
      const result = await createPolicyAction(draftInput(draft));
      if (!result.ok) return refused(result);
      router.push(`/admin/policy?created=${encodeURIComponent(result.data.version)}`);
    });
  }

  function onPreview() {
    startTransition(async () => {
      const result = await previewPolicyAction({ ...draftInput(draft), contact });
      if (!result.ok) {
        setPreview(null);
        return refused(result);
      }
      setFields({});
      setNotice(null);
      setPreview(result.data);
    });
  }

  const f = (path: string) => fields[path];
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("newTitle")}>
      {notice ? <Notice kind="error" testId="policy-notice">{notice}</Notice> : null}
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id="policy-version" label={t("version")} error={f("version")} hint={t("versionHint")} required>
          <Input id="policy-version" value={draft.version} invalid={Boolean(f("version"))} onChange={(e) => setDraft({ ...draft, version: e.target.value })} />
        </Field>
        <Field id="policy-maxExtensionDays" label={t("maxExtensionDays")} error={f("maxExtensionDays")} required>
          <Input id="policy-maxExtensionDays" inputMode="numeric" value={draft.maxExtensionDays} invalid={Boolean(f("maxExtensionDays"))} onChange={(e) => setDraft({ ...draft, maxExtensionDays: e.target.value })} />
        </Field>
        <Field id="policy-note" label={t("note")} error={f("note")}>
          <Textarea id="policy-note" rows={1} value={draft.note} invalid={Boolean(f("note"))} onChange={(e) => setDraft({ ...draft, note: e.target.value })} />
        </Field>
      </div>
      {CONTACT_CATEGORIES.map((c) => (
        <CategoryFields key={c} category={c} value={draft.categories[c]} fields={fields} onChange={(next) => setDraft({ ...draft, categories: { ...draft.categories, [c]: next } })} />
      ))}

      <section className="space-y-3 rounded-lg border border-teal-200 bg-teal-50/40 p-4" aria-labelledby="policy-preview-title">
        <h2 id="policy-preview-title" className="font-medium">{t("previewTitle")}</h2>
        <p className="text-sm text-slate-600">{t("previewIntro")}</p>
        <div className="grid items-end gap-3 sm:grid-cols-4">
          <Field id="preview-category" label={t("previewCategory")} error={f("contact.category")}>
            <Select id="preview-category" value={contact.category} onChange={(e) => setContact({ ...contact, category: e.target.value as ContactCategory })}>
              {CONTACT_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {td(`category.${c}`)}
                </option>
              ))}
            </Select>
          </Field>
          <Field id="preview-lastExposureDate" label={t("previewLastExposure")} error={f("contact.lastExposureDate")}>
            <DateInput id="preview-lastExposureDate" value={contact.lastExposureDate} invalid={Boolean(f("contact.lastExposureDate"))} onChange={(e) => setContact({ ...contact, lastExposureDate: e.target.value })} />
          </Field>
          <Field id="preview-identifiedDate" label={t("previewIdentified")} error={f("contact.identifiedDate")}>
            <DateInput id="preview-identifiedDate" value={contact.identifiedDate} invalid={Boolean(f("contact.identifiedDate"))} onChange={(e) => setContact({ ...contact, identifiedDate: e.target.value })} />
          </Field>
          <Button type="button" variant="secondary" disabled={pending} onClick={onPreview}>
            {t("preview")}
          </Button>
        </div>
        {preview ? (
          <div className="grid gap-3 md:grid-cols-2">
            <PlanPreview title={t("previewDraft")} plan={preview.draft} testId="preview-draft" />
            <PlanPreview title={t("previewCurrent", { version: preview.current.version })} plan={preview.current.plan} testId="preview-current" />
          </div>
        ) : null}
      </section>

      <Button type="submit" disabled={pending}>
        {t("save")}
      </Button>
    </form>
  );
}
