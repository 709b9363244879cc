import { BackLink } from "@/components/ui/back-link";
import { getLocale, getTranslations } from "next-intl/server";
import { countyNames } from "@/lib/jurisdictions/counties";
import { getCase } from "@/lib/cases/get-case";
import { loadOr404 } from "@/lib/http/page-load";
import { requirePagePermission } from "@/lib/http/page-guard";
import { todayOf } from "@/lib/calendar";
import { EntryGrid } from "@/components/entry-grid/entry-grid";
import { gridSites } from "@/lib/contacts/grid-sites";
import { PageHeader } from "@/components/ui/page-header";
import { checkContactsAction, registerContactsAction } from "@/app/(app)/cases/actions";

/** Close and general contacts of a case, entered as a line list. */
export default async function CaseContactEntryPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePagePermission("contact:write");
  const { id } = await params;
  const source = await loadOr404(getCase(user, id));
  const [t, counties, sites] = await Promise.all([getTranslations("cases"), getLocale().then(countyNames), gridSites(user, source.countyCode)]);
  return (
    <>
      <BackLink href={`/cases/${source.id}`} separate>{t("grid.backToCase")}</BackLink>
      <PageHeader
        title={t("grid.titleCase", { name: source.name })}
        subtitle={t("grid.subtitleCase", { name: source.name, date: source.confirmedDate })}
      />
      <EntryGrid
        mode="CASE"
        today={todayOf()}
        save={registerContactsAction.bind(null, source.id)}
        check={checkContactsAction.bind(null, source.id)}
        counties={counties}
        sites={sites}
        backHref={`/cases/${source.id}`}
      />
    </>
  );
}
