import { getLocale, getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/http/page-guard";
import { jurisdictionName, listCountiesInScope } from "@/lib/jurisdictions/counties";
import { Table } from "@/components/ui/table";

export default async function CountiesPage() {
  const user = await requirePagePermission("dashboard:read");
  const [t, locale, counties] = await Promise.all([getTranslations("common"), getLocale(), listCountiesInScope(user)]);
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("counties.title")}</h1>
      <Table
        caption={t("counties.title")}
        headers={[t("counties.code"), t("counties.name"), t("counties.staff")]}
        empty={t("table.empty")}
        rows={counties.map((c) => ({
          key: c.code,
          cells: [c.code, jurisdictionName(c, locale), c._count.users],
        }))}
      />
    </section>
  );
}
