"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/http/action";
import { useDialogHost } from "./action-dialog";
import { useOptionalFeedback } from "./feedback";

export interface FormError {
  code: string;
  message: string;
  fields: Record<string, string>;
}

/**
 * Submits a server action and keeps its refusal for the form to show. The form's inputs are
 * uncontrolled and the form is not reset, so a refusal leaves everything the user typed in
 * place. After any refusal the page is refreshed: if the record changed meanwhile (a STALE
 * answer, or a colleague released the contact), the page shows the current data around the
 * still-filled form. If that refresh removes the form (its task row is gone because a colleague
 * did it first), the refusal moves to the page's message area instead of vanishing with it.
 */
export function useActionForm() {
  const t = useTranslations("contacts.actions");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<FormError | null>(null);
  const host = useDialogHost();
  const feedback = useOptionalFeedback();
  const unseen = useRef<FormError | null>(null);
  useEffect(
    () => () => {
      if (unseen.current && host && !host.wasClosed()) feedback?.show("error", unseen.current.message);
    },
    [host, feedback],
  );

  function submit<T>(call: () => Promise<ActionResult<T>>, onSuccess: (data: T) => void) {
    setError(null);
    startTransition(async () => {
      let result: ActionResult<T>;
      try {
        result = await call();
      } catch {
        unseen.current = { code: "NETWORK", message: t("network"), fields: {} };
        setError(unseen.current);
        return;
      }
      if (result.ok) {
        unseen.current = null;
        onSuccess(result.data);
        return;
      }
      unseen.current = { code: result.code, message: result.message, fields: result.fields };
      setError(unseen.current);
      router.refresh();
    });
  }

  return { pending, error, submit, clearError: () => setError(null) };
}
