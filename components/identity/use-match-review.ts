"use client";

import { useCallback, useMemo, useState } from "react";
import type { RowMatches } from "@/lib/contacts/row-matches";
import type { Purpose } from "@/lib/persons/resolve-match";
import { keepDecision, rowStatus, type PublicMatch, type RowDecision, type RowStatus } from "./decisions";

/** A row as the review knows it: a stable key and a snapshot of what was typed in it. */
export interface ReviewedRow {
  key: string;
  snapshot: string;
}

interface Review {
  /** What each row held when its matches were looked up. */
  snapshots: Record<string, string>;
  matches: Record<string, PublicMatch[]>;
  /** Decisions, each valid for the row as it was typed when the decision was made. */
  decisions: Record<string, { decision: RowDecision; snapshot: string }>;
}

export interface MatchReview {
  /** Whether a review is open (some row had matches). */
  open: boolean;
  /** Opens (or renews) the review from an answer's `matches`, indexed as `rows` were sent. */
  start: (rows: ReviewedRow[], answer: RowMatches[]) => void;
  clear: () => void;
  decide: (row: ReviewedRow, decision: RowDecision | undefined) => void;
  /** True when every row is known to the review exactly as it is typed now. */
  covers: (rows: ReviewedRow[]) => boolean;
  matchesOf: (key: string) => PublicMatch[];
  /** The decision for the row as typed now; editing a row drops its decision. */
  decisionOf: (row: ReviewedRow) => RowDecision | undefined;
  /** Typed differently since its matches were looked up: they may no longer hold. */
  edited: (row: ReviewedRow) => boolean;
  statusOf: (row: ReviewedRow) => RowStatus;
  /** Rows still undecided or refused, among `rows`. */
  blocking: (rows: ReviewedRow[]) => { undecided: number; refused: number };
}

/**
 * The matches shown before saving and the user's decisions, for any form that registers
 * people (the contact grid, the new-case form, an import): rows are known by key and by a
 * snapshot of their values, so the form keeps its own state and the review survives a
 * rewrite of the form around it.
 */
export function useMatchReview(purpose: Purpose): MatchReview {
  const [review, setReview] = useState<Review | null>(null);

  const start = useCallback((rows: ReviewedRow[], answer: RowMatches[]) => {
    setReview((previous) => {
      const snapshots: Record<string, string> = {};
      const matches: Record<string, PublicMatch[]> = {};
      const decisions: Review["decisions"] = {};
      rows.forEach((row, i) => {
        snapshots[row.key] = row.snapshot;
        matches[row.key] = answer.find((a) => a.row === i)?.matches ?? [];
        const kept = previous?.decisions[row.key];
        const decision = kept && kept.snapshot === row.snapshot ? keepDecision(kept.decision, matches[row.key]!) : undefined;
        if (decision) decisions[row.key] = { decision, snapshot: row.snapshot };
      });
      return { snapshots, matches, decisions };
    });
  }, []);

  const clear = useCallback(() => setReview(null), []);

  const decide = useCallback((row: ReviewedRow, decision: RowDecision | undefined) => {
    setReview((r) => {
      if (!r) return r;
      const decisions = { ...r.decisions };
      if (decision) decisions[row.key] = { decision, snapshot: row.snapshot };
      else delete decisions[row.key];
      return { ...r, decisions };
    });
  }, []);

  return useMemo(() => {
    const matchesOf = (key: string) => review?.matches[key] ?? [];
    const decisionOf = (row: ReviewedRow) => {
      const d = review?.decisions[row.key];
      return d && d.snapshot === row.snapshot ? d.decision : undefined;
    };
    const edited = (row: ReviewedRow) => review !== null && review.snapshots[row.key] !== undefined && review.snapshots[row.key] !== row.snapshot;
    const statusOf = (row: ReviewedRow) => rowStatus(matchesOf(row.key), decisionOf(row), purpose);
    return {
      open: review !== null,
      start,
      clear,
      decide,
      covers: (rows) => review !== null && rows.every((row) => review.snapshots[row.key] === row.snapshot),
      matchesOf,
      decisionOf,
      edited,
      statusOf,
      blocking: (rows) => {
        let undecided = 0;
        let refused = 0;
        for (const row of rows) {
          const s = statusOf(row);
          if (s === "UNDECIDED") undecided++;
          if (s === "REFUSED") refused++;
        }
        return { undecided, refused };
      },
    };
  }, [review, purpose, start, clear, decide]);
}
