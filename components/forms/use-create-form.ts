"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/http/action";

/**
 * A "new record" form: submits the server action, goes to the new record's page on success,
 * and on refusal keeps the typed input, marks the refused fields and takes the keyboard to
 * the first of them.
 */
export function useCreateForm<T extends { id: string }>(
  create: (input: unknown) => Promise<ActionResult<T>>,
  pageOf: (created: T) => string,
) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
  }, [errors]);

  function submit(input: unknown) {
    startTransition(async () => {
      const result = await create(input);
      if (result.ok) {
        router.push(pageOf(result.data));
        return;
      }
      setErrors(result.fields);
      setRefusal(result.message);
    });
  }

  return { formRef, errors, refusal, pending, submit };
}
