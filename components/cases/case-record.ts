import type { CaseView } from "@/lib/cases/case-view";

/** The editable fields of a case as form defaults (empty string for unset). */
export function caseDefaults(c: CaseView): Record<string, string> {
  return {
    name: c.person.name,
    sex: c.person.sex ?? "",
    birthDate: c.person.birthDate ?? "",
    idType: c.person.idType,
    idNumber: c.person.idNumber ?? "",
    phone: c.person.phone ?? "",
    address: c.person.address ?? "",
    classification: c.classification,
    onsetDate: c.onsetDate ?? "",
    firstPositiveDate: c.firstPositiveDate ?? "",
    confirmedDate: c.confirmedDate,
    currentLocation: c.currentLocation ?? "",
    status: c.status,
  };
}

export const CASE_DETAIL_FIELDS = [
  "name",
  "sex",
  "birthDate",
  "idType",
  "idNumber",
  "phone",
  "address",
  "classification",
  "status",
  "onsetDate",
  "firstPositiveDate",
  "confirmedDate",
  "currentLocation",
] as const;
export type CaseDetailField = (typeof CASE_DETAIL_FIELDS)[number];
