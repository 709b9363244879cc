"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { RowMatches } from "@/lib/contacts/row-matches";
import type { ActionResult } from "@/lib/http/action";
import type { Purpose } from "@/lib/persons/resolve-match";
import { predict, refusalOf } from "./decisions";
import { useMatchReview, type ReviewedRow } from "./use-match-review";

/** The one row of a single-record form. */
export const FORM_ROW = "form";

type Check = (input: unknown) => Promise<ActionResult<{ matches: RowMatches[] }>>;

/**
 * A "new record" form that registers a person (docs/domain.md "Identity and privacy"): the
 * input is checked against the people the county holds before it is saved; matches are shown
 * for a decision; a refusal keeps everything typed (the form's inputs are uncontrolled and stay
 * mounted), marks the field and takes the keyboard to it; success goes to the new record.
 */
export function useCheckedCreate<T extends { id: string }>({
  purpose,
  check,
  create,
  pageOf,
}: {
  purpose: Purpose;
  check: Check;
  create: (input: unknown) => Promise<ActionResult<T>>;
  pageOf: (created: T) => string;
}) {
  const router = useRouter();
  const t = useTranslations("identity.form");
  const formRef = useRef<HTMLFormElement>(null);
  const review = useMatchReview(purpose);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState<{ kind: "error" | "warning"; text: string } | null>(null);
  /** What the form holds now and how often it changed: a change, even one undone, drops a decision. */
  const [typed, setTyped] = useState({ edits: 0, input: "" });
  const snapshot = `${typed.edits}:${typed.input}`;
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
  }, [errors]);

  function failed(result: Extract<ActionResult<unknown>, { ok: false }>, row: ReviewedRow) {
    const matches = result.details?.matches;
    if (Array.isArray(matches)) review.start([row], matches as RowMatches[]);
    setErrors(result.fields);
    setRefusal({ kind: "error", text: result.message });
  }

  /** Opens the review; a row nothing can make valid marks the document field at once. */
  function showMatches(row: ReviewedRow, matches: RowMatches[]) {
    review.start([row], matches);
    const refused = refusalOf(predict(matches[0]?.matches ?? [], undefined, purpose));
    if (refused) {
      setErrors({ idNumber: t(`refused.${refused}`) });
      setRefusal({ kind: "error", text: t(`refused.${refused}`) });
    } else {
      setErrors({});
      setRefusal({ kind: "warning", text: t("matchesFound") });
    }
  }

  function submit(input: Record<string, unknown>) {
    const json = JSON.stringify(input);
    const row: ReviewedRow = { key: FORM_ROW, snapshot: `${typed.edits}:${json}` };
    setTyped((t) => ({ ...t, input: json }));
    if (review.open && review.covers([row])) {
      const blocking = review.blocking([row]);
      if (blocking.undecided || blocking.refused) {
        setRefusal({ kind: "error", text: blocking.refused ? t("fixFirst") : t("decideFirst") });
        return;
      }
    }
    startTransition(async () => {
      const reviewed = review.open && review.covers([row]);
      if (!reviewed) {
        const answer = await check(input);
        if (!answer.ok) return failed(answer, row);
        if (answer.data.matches.length > 0) return showMatches(row, answer.data.matches);
        review.clear();
      }
      const result = await create(reviewed ? { ...input, ...review.decisionOf(row) } : input);
      if (result.ok) {
        router.push(pageOf(result.data));
        return;
      }
      failed(result, row);
    });
  }

  return {
    formRef,
    errors,
    refusal,
    pending,
    submit,
    review,
    /** The form as typed now, as the review knows rows. */
    row: { key: FORM_ROW, snapshot } as ReviewedRow,
    /** Call with the form's values whenever they change. */
    track: (input: Record<string, unknown>) => setTyped((t) => ({ edits: t.edits + 1, input: JSON.stringify(input) })),
    /** The values as last typed, for showing them beside the county's record. */
    typedValues: (typed.input ? JSON.parse(typed.input) : {}) as Record<string, string | undefined>,
  };
}
