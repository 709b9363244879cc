import { useTranslations } from "next-intl";
import type { CaseView } from "@/lib/cases/case-view";
import { Withheld } from "@/components/ui/withheld";
import { CASE_DETAIL_FIELDS, caseDefaults, type CaseDetailField } from "./case-record";

/** Each detail field's label and display value (enum values translated). */
export function useCaseFieldRows() {
  const t = useTranslations("cases.fields");
  const d = useTranslations("domain");
  const none = d("none");
  const show = (field: CaseDetailField, raw: string): string => {
    if (raw === "") return none;
    switch (field) {
      case "sex":
        return d(`sex.${raw as "MALE" | "FEMALE"}`);
      case "idType":
        return d(`idType.${raw as "RESIDENT_ID" | "PASSPORT" | "OTHER"}`);
      case "classification":
        return d(`classification.${raw as "CONFIRMED" | "ASYMPTOMATIC"}`);
      case "status":
        return d(`caseStatus.${raw as "UNDER_TREATMENT" | "RECOVERED" | "DIED"}`);
      default:
        return raw;
    }
  };
  return (c: CaseView) => {
    const values = caseDefaults(c);
    // Fields the server withheld from this viewer read as hidden, never as "none".
    const hidden = new Set<string>([...c.hidden, ...c.person.hidden]);
    return CASE_DETAIL_FIELDS.map((field) => ({
      field,
      label: t(field),
      raw: values[field] ?? "",
      hidden: hidden.has(field),
      value: hidden.has(field) ? d("hidden") : show(field, values[field] ?? ""),
    }));
  };
}

export function CaseSummary({ record }: { record: CaseView }) {
  const rows = useCaseFieldRows()(record);
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-3 text-sm sm:grid-cols-2 xl:grid-cols-3" data-testid="case-summary">
      {rows.map((r) => (
        <div key={r.field}>
          <dt className="text-slate-500">{r.label}</dt>
          <dd className="mt-0.5 break-words text-slate-900" data-field={r.field}>
            {r.hidden ? <Withheld value={null} hidden /> : r.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
