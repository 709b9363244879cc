// The user's decisions about matches shown before saving (docs/domain.md "Identity and
// privacy"), and what the server will do with a row given them — predicted with the service's
// own pure rule (lib/persons/resolve-match.ts), so the panel and the server never disagree.
import type { RowMatches } from "@/lib/contacts/row-matches";
import { resolveRow, type Purpose, type Resolution } from "@/lib/persons/resolve-match";
import type { PersonMatch } from "@/lib/persons/match";

export type PublicMatch = RowMatches["matches"][number];

/** The decision fields a row is sent with (lib/persons/schemas.ts decisionFields). */
export interface RowDecision {
  onDuplicate?: "MERGE" | "NEW_PERSON";
  personId?: string;
}

/** The choices the panel offers, as the decision each one makes. */
export const choose = {
  /** ACTIVE_PLAN: merge the registration into the running plan (a record chosen earlier stays chosen). */
  merge: (current: RowDecision | undefined): RowDecision => ({ ...(current?.personId ? { personId: current.personId } : {}), onDuplicate: "MERGE" }),
  /** POSSIBLE "same person": that record, merged into its plan when it runs one. */
  samePerson: (m: PublicMatch): RowDecision => ({ personId: m.personId!, ...(m.state === "ACTIVE_PLAN" ? { onDuplicate: "MERGE" as const } : {}) }),
  /** POSSIBLE "not the same person": a new record. */
  newPerson: (): RowDecision => ({ onDuplicate: "NEW_PERSON" }),
};

/**
 * The matches as the server will see them once the decision is sent: a suggestion the user
 * accepted (personId) becomes this county's own record in the state it is in, and the other
 * suggestions drop out — as lib/persons/match.ts does for a chosen record.
 */
export function matchesWith(matches: PublicMatch[], decision: RowDecision | undefined): PublicMatch[] {
  const chosen = decision?.personId ? matches.find((m) => m.kind === "POSSIBLE" && m.personId === decision.personId) : undefined;
  if (!chosen) return matches;
  return [...matches.filter((m) => m.kind !== "POSSIBLE"), { ...chosen, kind: chosen.state ?? "HISTORY" }];
}

/** What saving the row would do. */
export function predict(matches: PublicMatch[], decision: RowDecision | undefined, purpose: Purpose): Resolution {
  return resolveRow(matchesWith(matches, decision) as PersonMatch[], decision ?? {}, purpose);
}

export type RowStatus = "READY" | "UNDECIDED" | "REFUSED";

export function rowStatus(matches: PublicMatch[], decision: RowDecision | undefined, purpose: Purpose): RowStatus {
  const r = predict(matches, decision, purpose);
  return r.action === "REFUSE" ? "REFUSED" : r.action === "ASK" ? "UNDECIDED" : "READY";
}

/**
 * A decision kept across a new answer only while it still names something that answer holds:
 * a chosen record must still be among the row's matches.
 */
export function keepDecision(decision: RowDecision | undefined, matches: PublicMatch[]): RowDecision | undefined {
  if (!decision) return undefined;
  if (decision.personId && !matches.some((m) => m.personId === decision.personId)) return undefined;
  return decision;
}

/** The refusal a resolution carries, for naming it to the user. */
export function refusalOf(r: Resolution): "ALREADY_A_CASE" | "ACTIVE_CONTACT" | "PERSON_CONFLICT" | null {
  return r.action === "REFUSE" ? r.code : null;
}
