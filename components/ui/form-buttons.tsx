"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/** Cancel and submit at the foot of an action form; submit is disabled while saving. */
export function FormButtons({ pending, submitLabel, onCancel, danger }: { pending: boolean; submitLabel: string; onCancel: () => void; danger?: boolean }) {
  const t = useTranslations("domain");
  return (
    <div className="flex justify-end gap-2 pt-2">
      <Button type="button" variant="secondary" onClick={onCancel}>
        {t("cancel")}
      </Button>
      <Button type="submit" variant={danger ? "danger" : "primary"} disabled={pending} aria-disabled={pending}>
        {pending ? t("saving") : submitLabel}
      </Button>
    </div>
  );
}
