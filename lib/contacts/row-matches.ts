import { AppError } from "@/lib/errors";
import { publicMatch, type PersonMatch } from "@/lib/persons/match";
import type { Resolution } from "@/lib/persons/resolve-match";

/** The `matches` answer: per row that has any, what was found and what it needs. */
export interface RowMatches {
  row: number;
  path: string;
  matches: ReturnType<typeof publicMatch>[];
  /** What the user must decide before the row can be saved, if anything. */
  needs?: ("MERGE" | "NEW_PERSON_OR_PERSON_ID")[];
  /** Why the row is refused, if it is. */
  refused?: string;
}

export function rowMatches(prefix: string, matches: PersonMatch[][], resolutions: Resolution[]): RowMatches[] {
  return matches.flatMap((m, i) => {
    if (m.length === 0) return [];
    const r = resolutions[i];
    const needs = r?.action === "ASK" ? r.kinds.map((k) => (k === "ACTIVE_PLAN" ? ("MERGE" as const) : ("NEW_PERSON_OR_PERSON_ID" as const))) : undefined;
    return [{ row: i, path: prefix ? `${prefix}.${i}` : "", matches: m.map(publicMatch), ...(needs ? { needs } : {}), ...(r?.action === "REFUSE" ? { refused: r.code } : {}) }];
  });
}

/** 409 MATCHES_FOUND: nothing saved; the answer lists each row's matches and what it needs. */
export function matchesError(all: RowMatches[], rowCount: number): AppError {
  const undecided = all.filter((r) => r.needs).length;
  return new AppError("MATCHES_FOUND", "registry.errors.matchesFound", { count: undecided, rows: rowCount }, [], { matches: all });
}
