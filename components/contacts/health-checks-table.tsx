import { useFormatter, useTranslations } from "next-intl";
import { Table } from "@/components/ui/table";
import { Withheld } from "@/components/ui/withheld";
import type { ContactDetail } from "@/lib/contacts/contact-view";
import { FEVER_FROM, isKnownSymptom } from "./symptoms";

export function HealthChecksTable({ checks }: { checks: ContactDetail["healthChecks"] }) {
  const t = useTranslations("contacts");
  const td = useTranslations("domain");
  const format = useFormatter();
  const symptom = (s: string) => (isKnownSymptom(s) ? t(`symptom.${s}`) : s);
  return (
    <Table
      caption={t("health.caption")}
      headers={[t("health.date"), t("health.slot"), t("health.temperature"), t("health.symptoms"), t("health.note")]}
      empty={t("health.empty")}
      rows={[...checks].reverse().map((h) => ({
        key: h.id,
        cells: [
          h.date,
          td(`slot.${h.slot}`),
          <span key="t" className={h.temperature >= FEVER_FROM ? "font-semibold text-red-700" : ""}>
            {t("health.temperatureValue", { value: h.temperature.toFixed(1) })}
            {h.temperature >= FEVER_FROM ? <span className="ml-1 text-xs">({t("health.fever")})</span> : null}
          </span>,
          <span key="s" className="whitespace-normal">{h.symptoms.length ? format.list(h.symptoms.map(symptom), { type: "unit" }) : t("health.noSymptoms")}</span>,
          <span key="n" className="whitespace-normal">
            <Withheld value={h.note} hidden={h.hidden.includes("note")} empty="—" />
          </span>,
        ],
      }))}
    />
  );
}
