// Which county will manage the person if the receiving county answers "same person" — the
// rule of lib/assists/answer-assist.ts (managingCounty) as far as the receiving county can see
// it: the county holding a case manages; a county running nothing hands over to the other;
// when both run a plan (or both hold a case), the answer chooses.
import type { AssistView } from "@/lib/assists/assist-view";

export type Managing =
  | { kind: "CHOICE" }
  | { kind: "FIXED"; countyCode: string; reason: "REQUESTER_CASE" | "OWN_CASE" | "OWN_NOTHING" };

export function managingOnSamePerson(a: Pick<AssistView, "subject" | "fromCountyCode" | "toCountyCode" | "own">): Managing {
  const fromCase = a.subject === "CASE";
  const toCase = Boolean(a.own?.caseId);
  const toRuns = toCase || Boolean(a.own?.contactId);
  if (fromCase && !toCase) return { kind: "FIXED", countyCode: a.fromCountyCode, reason: "REQUESTER_CASE" };
  if (toCase && !fromCase) return { kind: "FIXED", countyCode: a.toCountyCode, reason: "OWN_CASE" };
  if (!toRuns) return { kind: "FIXED", countyCode: a.fromCountyCode, reason: "OWN_NOTHING" };
  return { kind: "CHOICE" };
}
