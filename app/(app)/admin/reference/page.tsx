import { getTranslations } from "next-intl/server";
import { requirePageAccess } from "@/lib/http/page-guard";
import { listReferenceData } from "@/lib/jurisdictions/list-reference";
import { countyPrefixOf } from "@/lib/jurisdictions/prefecture";
import { Badge } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/page-header";
import { Table } from "@/components/ui/table";
import { AddCountyForm } from "@/components/admin/reference/add-county-form";
import { CountyRowActions } from "@/components/admin/reference/county-row-actions";
import { PrefectureForm } from "@/components/admin/reference/prefecture-form";

export default async function ReferencePage() {
  const user = await requirePageAccess("reference:manage");
  const [t, tc, data] = await Promise.all([getTranslations("admin.reference"), getTranslations("common"), listReferenceData(user)]);
  const { prefecture, counties, timeZone } = data;
  return (
    <section className="space-y-6">
      <PageHeader title={t("title")} />
      <Card title={`${t("prefecture")} · ${prefecture.nameZh}`}>
        <div className="space-y-4">
          <dl className="grid gap-2 text-sm sm:grid-cols-2">
            <div>
              <dt className="text-slate-500">{t("code")}</dt>
              <dd className="font-mono" data-testid="prefecture-code">{prefecture.code}</dd>
            </div>
            <div>
              <dt className="text-slate-500">{t("timeZone")}</dt>
              <dd>
                <span className="font-mono" data-testid="time-zone">{timeZone}</span>
                <p className="text-xs text-slate-500">{t("timeZoneHint")}</p>
              </dd>
            </div>
          </dl>
          <PrefectureForm nameZh={prefecture.nameZh} nameEn={prefecture.nameEn} />
        </div>
      </Card>
      <Table
        caption={t("counties")}
        headers={[t("code"), t("nameZh"), t("nameEn"), t("status"), t("staff"), t("cases"), t("contacts"), t("actions")]}
        empty={tc("table.empty")}
        rows={counties.map((c) => ({
          key: c.code,
          cells: [
            <span key="c" className="font-mono">{c.code}</span>,
            c.nameZh,
            c.nameEn,
            <span key="s" data-testid={`county-status-${c.code}`}>
              <Badge tone={c.active ? "teal" : "slate"}>{c.active ? t("active") : t("inactive")}</Badge>
            </span>,
            c.staff,
            c.cases,
            c.contacts,
            <CountyRowActions key="a" county={c} />,
          ],
        }))}
      />
      <Card title={t("addTitle")}>
        <AddCountyForm prefix={countyPrefixOf(prefecture.code)} />
      </Card>
    </section>
  );
}
