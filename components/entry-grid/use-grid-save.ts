"use client";

import { useState, useTransition, type Dispatch } from "react";
import { useTranslations } from "next-intl";
import type { RegisteredContact } from "@/lib/contacts/register-batch";
import type { RowMatches } from "@/lib/contacts/row-matches";
import type { ActionResult } from "@/lib/http/action";
import { predict, refusalOf, type RowDecision } from "@/components/identity/decisions";
import { useMatchReview, type ReviewedRow } from "@/components/identity/use-match-review";
import type { GridMode } from "./columns";
import type { GridAction } from "./grid-state";
import { isBlankRow, type GridRow } from "./grid-rows";
import { mapServerErrors, toPayload } from "./payload";
import { hasIssues, validateRows } from "./row-checks";
import type { SavedRow } from "./saved-plans";

export type SaveContacts = (input: unknown) => Promise<ActionResult<{ contacts: RegisteredContact[] }>>;
export type CheckContacts = (input: unknown) => Promise<ActionResult<{ matches: RowMatches[] }>>;
export type GridNotice = { kind: "error" | "success" | "info" | "warning"; text: string; more?: string[] };

/** What a row holds and how often it was edited, for telling whether it changed since its matches were looked up. */
export const reviewed = (row: GridRow): ReviewedRow => ({ key: row.key, snapshot: `${row.edits ?? 0}:${JSON.stringify(row.values)}` });

/** The rows as they stand, to tell whether a warning the user is asked to confirm still applies. */
const snapshotOf = (current: ReviewedRow[]) => current.map((r) => r.snapshot).join("\n");

/** The rows' payload with each row's decision about its matches. */
function withDecisions(payload: ReturnType<typeof toPayload>, decisions: (RowDecision | undefined)[]) {
  return { contacts: payload.contacts.map((row, i) => ({ ...row, ...decisions[i] })) };
}

/**
 * Saving the grid (docs/domain.md "Identity and privacy"): rows are checked in the browser,
 * then against the people the county holds; rows with matches are shown for a decision before
 * anything is saved, and a save that still meets matches (someone registered meanwhile) shows
 * them the same way. Rows changed since their check are checked again. Plausibility warnings
 * (409 CONFIRM_WARNINGS, e.g. a secondary contact exposed before the close contact's own last
 * exposure: docs/decisions/0022-today-by-person.md) mark their cells; saving the same rows again
 * confirms them (`confirmWarnings: true`), and any edit asks again.
 */
export function useGridSave({ mode, today, rows, dispatch, save, check }: { mode: GridMode; today: string; rows: GridRow[]; dispatch: Dispatch<GridAction>; save: SaveContacts; check: CheckContacts }) {
  const t = useTranslations("cases.grid");
  const ti = useTranslations("identity.grid");
  const review = useMatchReview("CONTACT");
  const [notice, setNotice] = useState<GridNotice | null>(null);
  const [saved, setSaved] = useState<SavedRow[] | null>(null);
  const [pending, startTransition] = useTransition();
  /** The rows the server warned about, as they stood; saving them unchanged confirms. */
  const [warned, setWarned] = useState<string | null>(null);

  function refused(result: Extract<ActionResult<unknown>, { ok: false }>, filled: GridRow[]) {
    const mapped = mapServerErrors(result.fields, filled.map((r) => r.key));
    dispatch({ type: "server", cells: Object.fromEntries(mapped.cells) });
    setNotice({ kind: "error", text: t("refused", { message: result.message }), more: mapped.other });
  }

  /** Saves the rows, with the decisions of the open review when `decided`. */
  async function store(filled: GridRow[], current: ReviewedRow[], decided: boolean) {
    const payload = toPayload(filled, mode);
    const confirm = warned !== null && warned === snapshotOf(current);
    const body = decided ? withDecisions(payload, current.map((r) => review.decisionOf(r))) : payload;
    const result = await save(confirm ? { ...body, confirmWarnings: true } : body);
    if (result.ok) {
      setSaved(result.data.contacts.map((contact, i) => ({ name: filled[i]?.values.name ?? "", contact })));
      review.clear();
      setWarned(null);
      dispatch({ type: "reset" });
      setNotice({ kind: "success", text: t("saved", { count: result.data.contacts.length }) });
      return;
    }
    if (result.code === "CONFIRM_WARNINGS") {
      const mapped = mapServerErrors(result.fields, filled.map((r) => r.key));
      dispatch({ type: "server", cells: Object.fromEntries(mapped.cells) });
      setWarned(snapshotOf(current));
      setNotice({ kind: "warning", text: t("confirmWarnings", { count: mapped.cells.size }), more: mapped.other });
      return;
    }
    const matches = result.details?.matches;
    if (Array.isArray(matches)) review.start(current, matches as RowMatches[]);
    refused(result, filled);
  }

  function submit() {
    const filled = rows.filter((r) => !isBlankRow(r.values, today));
    dispatch({ type: "compact" });
    if (filled.length === 0) {
      setNotice({ kind: "error", text: t("nothingToSave") });
      return;
    }
    const checked = validateRows(filled, mode, today);
    const bad = filled.filter((r) => hasIssues(checked.get(r.key)));
    dispatch({ type: "visit", keys: filled.map((r) => r.key) });
    if (bad.length > 0) {
      setNotice({ kind: "error", text: t("rowsWithIssues", { count: bad.length }) });
      return;
    }
    const current = filled.map(reviewed);
    if (review.open && review.covers(current)) {
      const blocking = review.blocking(current);
      if (blocking.undecided || blocking.refused) {
        setNotice({ kind: "error", text: ti("blocking", blocking) });
        return;
      }
      startTransition(() => store(filled, current, true));
      return;
    }
    startTransition(async () => {
      const answer = await check(toPayload(filled, mode));
      if (!answer.ok) {
        refused(answer, filled);
        return;
      }
      if (answer.data.matches.length === 0) {
        review.clear();
        await store(filled, current, false);
        return;
      }
      review.start(current, answer.data.matches);
      // A row nothing can make valid is marked at its document cell, as a server refusal is.
      const cells: Record<string, { idNumber: string }> = {};
      for (const m of answer.data.matches) {
        const refusal = refusalOf(predict(m.matches, undefined, "CONTACT"));
        const key = current[m.row]?.key;
        if (refusal && key) cells[key] = { idNumber: ti(`refusedCell.${refusal}`) };
      }
      dispatch({ type: "server", cells });
      setNotice({ kind: "warning", text: ti("matchesFound", { count: answer.data.matches.length }) });
    });
  }

  const filledNow = warned === null ? [] : rows.filter((r) => !isBlankRow(r.values, today));
  return {
    review,
    notice,
    saved,
    pending,
    submit,
    /** Saving now confirms the warnings shown. */
    confirming: warned !== null && warned === snapshotOf(filledNow.map(reviewed)),
    dismissSaved: () => {
      setSaved(null);
      setNotice(null);
    },
  };
}
