"use client";

import { useTranslations } from "next-intl";
import { Field, Input } from "@/components/ui/field";

/** The Chinese and English names of a jurisdiction, with the server's messages. */
export function NamesFields({ idPrefix, fields, nameZh, nameEn }: { idPrefix: string; fields: Record<string, string>; nameZh?: string; nameEn?: string }) {
  const t = useTranslations("admin.reference");
  return (
    <>
      <Field id={`${idPrefix}-nameZh`} label={t("nameZh")} error={fields.nameZh} required>
        <Input id={`${idPrefix}-nameZh`} name="nameZh" defaultValue={nameZh} invalid={Boolean(fields.nameZh)} />
      </Field>
      <Field id={`${idPrefix}-nameEn`} label={t("nameEn")} error={fields.nameEn} required>
        <Input id={`${idPrefix}-nameEn`} name="nameEn" defaultValue={nameEn} invalid={Boolean(fields.nameEn)} />
      </Field>
    </>
  );
}

export function namesOf(form: FormData) {
  return { nameZh: String(form.get("nameZh") ?? ""), nameEn: String(form.get("nameEn") ?? "") };
}
