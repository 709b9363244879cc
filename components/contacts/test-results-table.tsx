import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Table } from "@/components/ui/table";
import type { ContactDetail } from "@/lib/contacts/contact-view";

const RESULT_TONE = { NEGATIVE: "green", POSITIVE: "red", PENDING: "amber" } as const;

export function TestResultsTable({ results }: { results: ContactDetail["testResults"] }) {
  const t = useTranslations("contacts.tests");
  const td = useTranslations("domain");
  return (
    <Table
      caption={t("caption")}
      headers={[t("sampleDate"), t("result"), t("sampleType"), t("lab"), t("ct")]}
      empty={t("empty")}
      rows={[...results].reverse().map((r) => ({
        key: r.id,
        cells: [
          r.sampleDate,
          <span key="r" className="flex items-center gap-1">
            <Badge tone={RESULT_TONE[r.result]}>{td(`testResult.${r.result}`)}</Badge>
            {r.doubleSample ? <Badge tone="violet">{td("doubleSample")}</Badge> : null}
          </span>,
          r.sampleType ? td(`sampleType.${r.sampleType}`) : "—",
          r.lab ?? "—",
          r.ctOrf1ab !== null || r.ctN !== null ? `${r.ctOrf1ab ?? "—"} / ${r.ctN ?? "—"}` : "—",
        ],
      }))}
    />
  );
}
