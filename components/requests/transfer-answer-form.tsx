"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { answerTransferAction, cancelTransferAction } from "@/app/(app)/requests/actions";
import { FormErrorNotice } from "@/components/contacts/form-error";
import { useActionForm } from "@/components/contacts/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";

/** The receiving county accepts the contact with its plan, or declines; the note stays here. */
export function TransferAnswerForm({ id }: { id: string }) {
  const t = useTranslations("identity.transfer.answerForm");
  const router = useRouter();
  const { pending, error, submit } = useActionForm();
  const [done, setDone] = useState<string | null>(null);
  const [accept, setAccept] = useState(true);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const note = String(new FormData(event.currentTarget).get("note") ?? "").trim();
    submit(
      () => answerTransferAction(id, { accept, ...(note ? { note } : {}) }),
      () => {
        setDone(accept ? t("accepted") : t("declined"));
        router.refresh();
      },
    );
  }

  if (done) return <Notice kind="success">{done}</Notice>;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="transfer-answer-form">
      <FormErrorNotice error={error} />
      <Field id={`transfer-${id}-note`} label={t("note")} hint={t("noteHint")} error={error?.fields.note}>
        <Textarea id={`transfer-${id}-note`} name="note" rows={3} maxLength={500} invalid={Boolean(error?.fields.note)} />
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending} onClick={() => setAccept(true)}>
          {t("accept")}
        </Button>
        <Button type="submit" variant="secondary" disabled={pending} onClick={() => setAccept(false)}>
          {t("decline")}
        </Button>
      </div>
    </form>
  );
}

/** The sending county withdraws its transfer while the other county has not answered. */
export function CancelTransferButton({ id }: { id: string }) {
  const t = useTranslations("identity.transfer");
  const router = useRouter();
  const { pending, error, submit } = useActionForm();
  return (
    <div className="space-y-2">
      <FormErrorNotice error={error} />
      <Button type="button" variant="secondary" disabled={pending} onClick={() => submit(() => cancelTransferAction(id), () => router.refresh())}>
        {t("withdraw")}
      </Button>
    </div>
  );
}
