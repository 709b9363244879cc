import { BackLink } from "@/components/ui/back-link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { countyNames } from "@/lib/jurisdictions/counties";
import { getContact } from "@/lib/contacts/get-contact";
import { loadOr404 } from "@/lib/http/page-load";
import { requirePagePermission } from "@/lib/http/page-guard";
import { todayOf } from "@/lib/calendar";
import { EntryGrid } from "@/components/entry-grid/entry-grid";
import { gridSites } from "@/lib/contacts/grid-sites";
import { PageHeader } from "@/components/ui/page-header";
import { checkSecondaryContactsAction, registerSecondaryContactsAction } from "@/app/(app)/cases/actions";

/**
 * Secondary contacts of one close contact of this case. The contact page links here with the
 * contact's sourceCaseId; a contact that is not a close contact of this case is not found.
 */
export default async function SecondaryContactEntryPage({ params }: { params: Promise<{ id: string; contactId: string }> }) {
  const user = await requirePagePermission("contact:write");
  const { id, contactId } = await params;
  const source = await loadOr404(getContact(user, contactId));
  if (source.category !== "CLOSE" || source.sourceCaseId !== id) notFound();
  const [t, counties, sites] = await Promise.all([getTranslations("cases"), getLocale().then(countyNames), gridSites(user, source.countyCode)]);
  return (
    <>
      <BackLink href={`/cases/${id}`} separate>{t("grid.backToCase")}</BackLink>
      <PageHeader
        title={t("grid.titleSecondary", { name: source.person.name })}
        subtitle={t("grid.subtitleSecondary", { name: source.person.name, date: source.lastExposureDate })}
      />
      <EntryGrid
        mode="CONTACT"
        today={todayOf()}
        save={registerSecondaryContactsAction.bind(null, id, source.id)}
        check={checkSecondaryContactsAction.bind(null, source.id)}
        counties={counties}
        sites={sites}
        backHref={`/cases/${id}`}
      />
    </>
  );
}
