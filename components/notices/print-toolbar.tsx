"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { recordRiskNoticesAction } from "@/app/(app)/notices/actions";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

/** Print, and for risk notices "record as given" (who and when are the server's). */
export function PrintToolbar({ riskIds }: { riskIds: string[] }) {
  const t = useTranslations("notices");
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <Button type="button" onClick={() => window.print()} data-testid="print-button">
          {t("print")}
        </Button>
        {riskIds.length ? (
          <Button
            type="button"
            variant="secondary"
            disabled={pending}
            data-testid="record-risk"
            onClick={() =>
              start(async () => {
                const r = await recordRiskNoticesAction(riskIds);
                setMessage(r.ok ? { ok: true, text: t("recorded", { count: r.data.recorded }) } : { ok: false, text: r.message });
              })
            }
          >
            {t("recordRisk")}
          </Button>
        ) : null}
      </div>
      {message ? <Notice kind={message.ok ? "success" : "error"} testId="record-risk-result">{message.text}</Notice> : null}
    </div>
  );
}
