import Link from "next/link";
import { BackLink } from "@/components/ui/back-link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { getAssist } from "@/lib/assists/list-assists";
import { can } from "@/lib/auth/permissions";
import { loadOr404 } from "@/lib/http/page-load";
import { requirePagePermission } from "@/lib/http/page-guard";
import { countyNames } from "@/lib/jurisdictions/counties";
import { AssistAnswerForm } from "@/components/requests/assist-answer-form";
import { Facts } from "@/components/requests/facts";
import { managingOnSamePerson } from "@/components/requests/managing-county";
import { AssistStatusBadge, DirectionBadge } from "@/components/requests/request-badges";
import { CategoryBadge } from "@/components/ui/domain-badges";
import { Card, PageHeader } from "@/components/ui/page-header";

const LINK = "font-medium text-teal-800 underline-offset-2 hover:underline";

/**
 * One 协查 as this county sees it (docs/domain.md "Identity and privacy"): the receiving
 * county sees its own record of the person, the exposure and who asked, and answers; the
 * requesting county sees its own registration, the status and the answer. Neither sees the
 * other county's personal data.
 */
export default async function AssistPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePagePermission("contact:read");
  const { id } = await params;
  const a = await loadOr404(getAssist(user, id));
  const [t, d, format, counties] = await Promise.all([getTranslations("identity.assist"), getTranslations("domain"), getFormatter(), getLocale().then(countyNames)]);
  const name = (code: string | null) => (code ? (counties[code] ?? code) : "");
  const incoming = a.direction === "INCOMING";
  const other = incoming ? a.fromCountyCode : a.toCountyCode;
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });
  const ownHref = a.own?.caseId ? `/cases/${a.own.caseId}` : a.own?.contactId ? `/contacts/${a.own.contactId}` : null;
  const e = a.exposure;

  return (
    <div className="space-y-6">
      <BackLink href="/requests">{t("back")}</BackLink>
      <PageHeader
        title={a.direction === "OVERSIGHT" ? t("titleOversight", { from: name(a.fromCountyCode), to: name(a.toCountyCode) }) : incoming ? t("titleIncoming", { county: name(other) }) : t("titleOutgoing", { county: name(other) })}
        subtitle={
          <span className="flex flex-wrap items-center gap-2" data-testid="assist-status">
            <DirectionBadge direction={a.direction} />
            <AssistStatusBadge status={a.status} />
            {a.managingCountyCode ? <span>{t("managedBy", { county: name(a.managingCountyCode) })}</span> : null}
          </span>
        }
      />
      <div className="grid gap-6 lg:grid-cols-2">
        {a.own ? (
          <Card title={incoming ? t("ownRecordIncoming") : t("ownRecordOutgoing")}>
            <Facts
              testId="assist-own-record"
              rows={[
                [t("name"), ownHref ? <Link href={ownHref} className={LINK}>{a.own.person.name}</Link> : a.own.person.name],
                [t("idNumber"), <span key="i" className="tabular-nums">{a.own.person.idNumber ?? "—"}</span>],
                [t("phone"), <span key="p" className="tabular-nums">{a.own.person.phone ?? "—"}</span>],
                [t("managedHere"), ownHref ? (a.own.caseId ? t("ownCase") : t("ownContact")) : t("ownNothing")],
              ]}
            />
          </Card>
        ) : null}
        <Card title={incoming ? t("exposureIncoming", { county: name(a.fromCountyCode) }) : t("exposureOutgoing")}>
          <Facts
            testId="assist-exposure"
            rows={[
              [t("subject"), a.subject === "CASE" ? t("subjectCase") : e.category ? <CategoryBadge category={e.category} /> : t("subjectContact")],
              ...(a.subject === "CONTACT"
                ? ([
                    [t("lastExposure"), e.lastExposureDate ?? "—"],
                    [t("identified"), e.identifiedDate ?? "—"],
                    [t("setting"), e.exposureSetting ? d(`exposureSetting.${e.exposureSetting}`) : "—"],
                  ] as [string, string][])
                : []),
              [t("source"), e.sourceKind ? t("sourceValue", { kind: t(`sourceKind.${e.sourceKind as "CONFIRMED"}`), date: e.sourceDate ?? "" }) : "—"],
              [t("requestedBy"), t("requestedByValue", { name: a.requestedByName, county: name(a.fromCountyCode), at: when(a.requestedAt) })],
            ]}
          />
        </Card>
      </div>
      <Card title={t("answerTitle")}>
        {a.status === "OPEN" ? (
          incoming && can(user, "contact:write") ? (
            <AssistAnswerForm
              id={a.id}
              version={a.version}
              ownCountyCode={a.toCountyCode}
              requesterCountyCode={a.fromCountyCode}
              counties={counties}
              managing={managingOnSamePerson(a)}
            />
          ) : (
            <p className="text-sm text-slate-700" data-testid="assist-waiting">
              {t("waiting", { county: name(a.toCountyCode) })}
            </p>
          )
        ) : (
          <Facts
            testId="assist-answer"
            rows={[
              [t("answer"), a.status === "SAME_PERSON" ? t("answerSame") : t("answerNotSame")],
              ...(a.managingCountyCode ? ([[t("managing"), name(a.managingCountyCode)]] as [string, string][]) : []),
              [t("answeredBy"), a.answeredAt ? t("answeredByValue", { name: a.answeredByName ?? "", county: name(a.toCountyCode), at: when(a.answeredAt) }) : "—"],
              ...(incoming ? ([[t("note"), a.answerNote ?? "—"]] as [string, string][]) : []),
            ]}
          />
        )}
      </Card>
    </div>
  );
}
