// What happens to a row given its matches and the user's decision (docs/domain.md "Identity
// and privacy"). Pure, so every entry point — grid, form, import, API — decides alike.
import type { PersonMatch } from "./match";
import type { OnDuplicate } from "./schemas";

export type Purpose = "CONTACT" | "CASE";

export type Resolution =
  /** A new record of this county. */
  | { action: "CREATE" }
  /** This county's existing record, with a new plan (or case) linked to its history. */
  | { action: "USE"; personId: string }
  /** A re-exposure of someone under a running plan: merged into that plan. */
  | { action: "MERGE"; personId: string; contactId: string }
  /** Refused: nothing can make this row valid as typed. */
  | { action: "REFUSE"; code: "ALREADY_A_CASE" | "ACTIVE_CONTACT" | "PERSON_CONFLICT"; field: "idNumber" | "personId"; key: string; values: Record<string, string> }
  /** A match the user has not decided about yet: show it, save nothing. */
  | { action: "ASK"; kinds: ("ACTIVE_PLAN" | "POSSIBLE")[] };

export interface Decision {
  onDuplicate?: OnDuplicate;
  personId?: string;
}

/**
 * - an open case of this county refuses the row (ALREADY_A_CASE; for a new case: any case);
 * - a plan running in this county: MERGE when the user said so, else ask (a new case for a
 *   person under a contact plan is refused: the positive result belongs on the contact, where
 *   it escalates);
 * - a known person with nothing running: a new plan or case for that record;
 * - a name + phone suggestion: the user links it (personId) or says NEW_PERSON, else ask;
 * - another county managing the person changes nothing here: the row is saved as this
 *   county's own record and a 协查 goes to that county.
 */
export function resolveRow(matches: PersonMatch[], decision: Decision, purpose: Purpose): Resolution {
  const own = matches.filter((m) => m.kind !== "OTHER_COUNTY" && m.kind !== "POSSIBLE");
  if (own.length > 1) {
    // The chosen record and the record holding the typed document differ.
    return { action: "REFUSE", code: "PERSON_CONFLICT", field: "personId", key: "registry.errors.personConflict", values: {} };
  }
  const m = own[0];
  if (m) {
    const personId = m.personId!;
    if (m.kind === "OPEN_CASE" || (purpose === "CASE" && m.caseId)) {
      return { action: "REFUSE", code: "ALREADY_A_CASE", field: "idNumber", key: "registry.errors.alreadyACase", values: { caseId: m.caseId ?? "" } };
    }
    if (m.kind === "ACTIVE_PLAN") {
      if (purpose === "CASE") {
        return { action: "REFUSE", code: "ACTIVE_CONTACT", field: "idNumber", key: "registry.errors.activeContactNotCase", values: { contactId: m.contactId ?? "" } };
      }
      return decision.onDuplicate === "MERGE" ? { action: "MERGE", personId, contactId: m.contactId! } : { action: "ASK", kinds: ["ACTIVE_PLAN"] };
    }
    return { action: "USE", personId };
  }
  if (matches.some((x) => x.kind === "POSSIBLE") && decision.onDuplicate !== "NEW_PERSON") return { action: "ASK", kinds: ["POSSIBLE"] };
  return { action: "CREATE" };
}
