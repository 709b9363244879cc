import { BackLink } from "@/components/ui/back-link";
import { AssignStaffDialog } from "@/components/assignment/assign-staff-dialog";
import { FeedbackProvider } from "@/components/contacts/feedback";
import { countyStaff } from "@/lib/assignment/assign-staff";
import { readDb } from "@/lib/db";
import { getLocale, getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { contactProgress } from "@/lib/cases/contact-progress";
import { getCase } from "@/lib/cases/get-case";
import { getCaseLinks } from "@/lib/cases/case-links";
import { countyNames } from "@/lib/jurisdictions/counties";
import { loadOr404 } from "@/lib/http/page-load";
import { requirePagePermission } from "@/lib/http/page-guard";
import { todayOf } from "@/lib/calendar";
import { recordPersonAccess } from "@/lib/audit/access-log";
import { CaseContacts } from "@/components/cases/case-contacts";
import { CaseDetails } from "@/components/cases/case-details";
import { CaseNotes } from "@/components/cases/case-notes";
import { CaseSummary } from "@/components/cases/case-summary";
import { CaseNotices } from "@/components/notices/case-notices";
import { TrackList } from "@/components/cases/track-list";
import { TrackTable } from "@/components/cases/track-table";
import { MergedBanner, OpenRequestsBanner } from "@/components/identity/record-banners";
import { Withheld } from "@/components/ui/withheld";
import { LinkButton } from "@/components/ui/link-button";
import { Notice } from "@/components/ui/notice";
import { Card, PageHeader } from "@/components/ui/page-header";
import { addTrackEntryAction, removeTrackEntryAction, updateCaseAction, updateTrackEntryAction } from "../actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CasePage({ params, searchParams }: Props) {
  const user = await requirePagePermission("case:read");
  const [{ id }, sp] = await Promise.all([params, searchParams]);
  const { track, contacts, ...record } = await loadOr404(getCase(user, id));
  const everyone = [...contacts.close, ...contacts.general, ...contacts.secondary];
  const merged = record.status === "MERGED";
  // A merged case is kept for reference: its details are edited on the case it joined.
  const writable = can(user, "case:write") && !merged;
  // Merging person records is for the county that holds them.
  const mergeable = can(user, "case:write") && can(user, "contact:write") && user.countyCode === record.countyCode;
  const [t, d, ti, tc, tImport, progress, links, counties, staff] = await Promise.all([
    getTranslations("cases.detail"),
    getTranslations("domain"),
    getTranslations("identity"),
    getTranslations("chains"),
    getTranslations("imports.page"),
    contactProgress(user, everyone.map((c) => c.id), todayOf()),
    getCaseLinks(user, record.id),
    getLocale().then(countyNames),
    writable && user.countyCode === record.countyCode ? countyStaff(readDb(), record.countyCode) : Promise.resolve(null),
    // Logged beside the page's other reads (PIPL; docs/decisions/0015-audit-trail.md).
    recordPersonAccess(user, { entity: "Case", ...record }, "page"),
  ]);
  return (
    <>
      <BackLink href="/cases" separate>{t("back")}</BackLink>
      <PageHeader
        title={record.name}
        subtitle={t("subtitle", {
          classification: d(`classification.${record.classification}`),
          date: record.confirmedDate,
          status: d(`caseStatus.${record.status}`),
        })}
        actions={
          <>
            {writable && can(user, "contact:write") ? (
              <LinkButton href={`/cases/${record.id}/contacts/new`} variant="primary">
                {t("enterContacts")}
              </LinkButton>
            ) : null}
            {writable && can(user, "contact:write") ? <LinkButton href={`/cases/${record.id}/import`}>{tImport("contactsTitle")}</LinkButton> : null}
            {mergeable ? <LinkButton href={`/persons/merge?keep=${record.person.id}`}>{ti("merge.entry")}</LinkButton> : null}
            <LinkButton href={`/cases/${record.id}/chain`} data-testid="case-chain-link">
              {tc("tab")}
            </LinkButton>
            {staff ? (
              <FeedbackProvider>
                <AssignStaffDialog kind="case" id={record.id} personName={record.name} version={record.version} currentId={record.assignedToId} staff={staff} />
              </FeedbackProvider>
            ) : null}
          </>
        }
      />
      <div className="space-y-6">
        {sp.created ? <Notice kind="success">{t("created")}</Notice> : null}
        {merged && links.mergedInto ? <MergedBanner mergedInto={links.mergedInto} counties={counties} record="CASE" /> : null}
        <OpenRequestsBanner assists={links.assists} transfer={null} counties={counties} />
        {writable ? (
          <>
            <CaseDetails record={record} save={updateCaseAction.bind(null, record.id)} />
            <CaseNotes record={record} save={updateCaseAction.bind(null, record.id)} />
            <TrackList
              entries={track}
              add={addTrackEntryAction.bind(null, record.id)}
              update={updateTrackEntryAction.bind(null, record.id)}
              remove={removeTrackEntryAction.bind(null, record.id)}
            />
          </>
        ) : (
          <>
            <Card title={t("details")}>
              <CaseSummary record={record} />
            </Card>
            <Card title={ti("fields.notes")}>
              <p className="text-sm whitespace-pre-wrap" data-testid="case-notes">
                <Withheld value={record.notes} hidden={record.hidden.includes("notes")} empty={t("notesEmpty")} />
              </p>
            </Card>
            <Card title={ti("fields.track")}>
              <TrackTable entries={track} />
            </Card>
          </>
        )}
        <CaseNotices user={user} caseId={record.id} contacts={everyone} />
        <CaseContacts caseId={record.id} groups={contacts} progress={Object.fromEntries(progress)} canEnter={can(user, "contact:write")} />
      </div>
    </>
  );
}
