"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { answerAssistAction } from "@/app/(app)/requests/actions";
import { FormErrorNotice } from "@/components/contacts/form-error";
import { useActionForm } from "@/components/contacts/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import type { Managing } from "./managing-county";

interface Props {
  id: string;
  version: number;
  ownCountyCode: string;
  requesterCountyCode: string;
  counties: Record<string, string>;
  managing: Managing;
}

/**
 * The receiving county's answer to a 协查: the same person (and, when both counties run a
 * plan, which one manages from now on) or not; the note stays with this county.
 */
export function AssistAnswerForm({ id, version, ownCountyCode, requesterCountyCode, counties, managing }: Props) {
  const t = useTranslations("identity.assist.answerForm");
  const router = useRouter();
  const { pending, error, submit } = useActionForm();
  const [answer, setAnswer] = useState<"SAME_PERSON" | "NOT_SAME_PERSON" | "">("");
  const [done, setDone] = useState<string | null>(null);
  const name = (code: string) => counties[code] ?? code;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const note = String(data.get("note") ?? "").trim();
    const managingCountyCode = answer === "SAME_PERSON" && managing.kind === "CHOICE" ? String(data.get("managingCountyCode") ?? ownCountyCode) : undefined;
    submit(
      () => answerAssistAction(id, { answer, version, ...(managingCountyCode ? { managingCountyCode } : {}), ...(note ? { note } : {}) }),
      () => {
        setDone(t("saved"));
        router.refresh();
      },
    );
  }

  if (done) return <Notice kind="success">{done}</Notice>;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="assist-answer-form">
      <FormErrorNotice error={error} />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-700">{t("question")}</legend>
        {(["SAME_PERSON", "NOT_SAME_PERSON"] as const).map((v) => (
          <label key={v} className="flex items-center gap-2 text-sm">
            <input type="radio" name="answer" value={v} checked={answer === v} onChange={() => setAnswer(v)} required />
            {t(v)}
          </label>
        ))}
        {error?.fields.answer ? <p className="text-xs text-red-700">{error.fields.answer}</p> : null}
      </fieldset>
      {answer === "SAME_PERSON" ? (
        managing.kind === "CHOICE" ? (
          <fieldset className="space-y-2 rounded-md border border-slate-200 p-3">
            <legend className="px-1 text-sm font-medium text-slate-700">{t("managingQuestion")}</legend>
            <p className="text-xs text-slate-600">{t("bothRun")}</p>
            {[ownCountyCode, requesterCountyCode].map((code) => (
              <label key={code} className="flex items-center gap-2 text-sm">
                <input type="radio" name="managingCountyCode" value={code} defaultChecked={code === ownCountyCode} />
                {code === ownCountyCode ? t("managedHere", { county: name(code) }) : t("managedThere", { county: name(code) })}
              </label>
            ))}
          </fieldset>
        ) : (
          <p className="rounded-md border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-900" data-testid="managing-fixed">
            {t(`fixed.${managing.reason}`, { county: name(managing.countyCode) })}
          </p>
        )
      ) : null}
      <Field id={`assist-${id}-note`} label={t("note")} hint={t("noteHint")} error={error?.fields.note}>
        <Textarea id={`assist-${id}-note`} name="note" rows={3} maxLength={500} invalid={Boolean(error?.fields.note)} />
      </Field>
      <Button type="submit" disabled={pending || answer === ""}>
        {pending ? t("sending") : t("submit")}
      </Button>
    </form>
  );
}
