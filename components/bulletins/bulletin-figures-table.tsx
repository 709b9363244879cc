// The figures of a bulletin by county with the total row: counts only. Used by the officials'
// pages and the public page alike.
import { getLocale, getTranslations } from "next-intl/server";
import { COUNT_KEYS, type BulletinFigures } from "@/lib/bulletins/bulletin-figures";
import { jurisdictionName } from "@/lib/jurisdictions/counties";
import { Table } from "@/components/ui/table";

export async function BulletinFiguresTable({ figures }: { figures: BulletinFigures }) {
  const [t, locale] = await Promise.all([getTranslations("bulletins"), getLocale()]);
  return (
    <div data-testid="bulletin-figures">
      <Table
        caption={t("figuresCaption", { date: figures.date })}
        headers={[t("county"), ...COUNT_KEYS.map((k) => t(`columns.${k}`))]}
        rows={[
          ...figures.counties.map((c) => ({ key: c.countyCode, cells: [jurisdictionName(c, locale), ...COUNT_KEYS.map((k) => c[k])] })),
          { key: "total", cells: [<strong key="t">{t("total")}</strong>, ...COUNT_KEYS.map((k) => <strong key={k}>{figures.totals[k]}</strong>)] },
        ]}
        empty={t("noCounties")}
      />
    </div>
  );
}
