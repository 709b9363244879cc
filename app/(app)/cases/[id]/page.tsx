import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { contactProgress } from "@/lib/cases/contact-progress";
import { getCase } from "@/lib/cases/get-case";
import { loadOr404 } from "@/lib/http/page-load";
import { requirePagePermission } from "@/lib/http/page-guard";
import { todayOf } from "@/lib/calendar";
import { CaseContacts } from "@/components/cases/case-contacts";
import { CaseDetails } from "@/components/cases/case-details";
import { CaseNotes } from "@/components/cases/case-notes";
import { CaseSummary } from "@/components/cases/case-summary";
import { TrackList } from "@/components/cases/track-list";
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
  const [t, d, progress] = await Promise.all([
    getTranslations("cases.detail"),
    getTranslations("domain"),
    contactProgress(user, everyone.map((c) => c.id), todayOf()),
  ]);
  const writable = can(user, "case:write");
  return (
    <>
      <nav className="mb-2 text-sm">
        <Link href="/cases" className="text-teal-800 underline-offset-2 hover:underline">
          ← {t("back")}
        </Link>
      </nav>
      <PageHeader
        title={record.name}
        subtitle={t("subtitle", {
          classification: d(`classification.${record.classification}`),
          date: record.confirmedDate,
          status: d(`caseStatus.${record.status}`),
        })}
        actions={
          writable ? (
            <LinkButton href={`/cases/${record.id}/contacts/new`} variant="primary">
              {t("enterContacts")}
            </LinkButton>
          ) : null
        }
      />
      <div className="space-y-6">
        {sp.created ? <Notice kind="success">{t("created")}</Notice> : null}
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
          <Card title={t("details")}>
            <CaseSummary record={record} />
          </Card>
        )}
        <CaseContacts caseId={record.id} groups={contacts} progress={Object.fromEntries(progress)} />
      </div>
    </>
  );
}
