"use client";

import { useTranslations } from "next-intl";
import { Notice } from "@/components/ui/notice";
import type { FormError } from "./use-action-form";

/** The server's refusal at the top of a form; a stale edit also says the page was updated. */
export function FormErrorNotice({ error }: { error: FormError | null }) {
  const t = useTranslations("contacts.actions");
  if (!error) return null;
  return (
    <Notice kind="error" testId="form-error">
      <p>{error.message}</p>
      {error.code === "STALE" ? <p className="mt-1">{t("staleHint")}</p> : null}
    </Notice>
  );
}
