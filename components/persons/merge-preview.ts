// What merging two records of one county will do — the rules of lib/persons/merge-persons.ts,
// stated before the user confirms (pure, so it can be unit-tested against the service).
import type { PersonRecord } from "@/lib/persons/search-persons";

export const PERSON_FIELDS = ["name", "sex", "birthDate", "idType", "idNumber", "phone", "address"] as const;
export type PersonField = (typeof PERSON_FIELDS)[number];

export type PreviewLine =
  | { key: "keptValues"; fields: PersonField[] }
  | { key: "filled"; fields: PersonField[] }
  | { key: "casesMerged" }
  | { key: "contactsEnd"; count: number }
  | { key: "plansMerged" }
  | { key: "planMoves" }
  | { key: "historyMoves"; cases: number; contacts: number }
  | { key: "assistsMove" }
  | { key: "otherStays" };

export type MergePreview = { refused: "DIFFERENT_DOCUMENTS" } | { refused: null; lines: PreviewLine[] };

type Rec = Pick<PersonRecord, "person" | "identityKey" | "cases" | "contacts">;

export function mergePreview(keep: Rec, other: Rec): MergePreview {
  // Two different documents are two different people.
  if (keep.identityKey && other.identityKey && keep.identityKey !== other.identityKey) return { refused: "DIFFERENT_DOCUMENTS" };
  const value = (r: Rec, f: PersonField) => r.person[f] ?? null;
  const kept = PERSON_FIELDS.filter((f) => value(keep, f) !== null && value(other, f) !== null && String(value(keep, f)) !== String(value(other, f)));
  const filled = PERSON_FIELDS.filter((f) => value(keep, f) === null && value(other, f) !== null);
  const openCases = [...keep.cases, ...other.cases].filter((c) => c.status === "UNDER_TREATMENT").length;
  const active = [...keep.contacts, ...other.contacts].filter((c) => c.status === "ACTIVE").length;
  const otherActive = other.contacts.some((c) => c.status === "ACTIVE");

  const lines: PreviewLine[] = [];
  if (kept.length) lines.push({ key: "keptValues", fields: kept });
  if (filled.length) lines.push({ key: "filled", fields: filled });
  if (openCases > 1) lines.push({ key: "casesMerged" });
  if (openCases > 0 && active > 0) lines.push({ key: "contactsEnd", count: active });
  else if (active === 2) lines.push({ key: "plansMerged" });
  else if (otherActive) lines.push({ key: "planMoves" });
  if (other.cases.length || other.contacts.length) lines.push({ key: "historyMoves", cases: other.cases.length, contacts: other.contacts.length });
  lines.push({ key: "assistsMove" }, { key: "otherStays" });
  return { refused: null, lines };
}
