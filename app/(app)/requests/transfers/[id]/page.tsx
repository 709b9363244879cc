import Link from "next/link";
import { BackLink } from "@/components/ui/back-link";
import type { ReactNode } from "react";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { loadOr404 } from "@/lib/http/page-load";
import { requirePagePermission } from "@/lib/http/page-guard";
import { countyNames } from "@/lib/jurisdictions/counties";
import { getTransfer } from "@/lib/transfers/list-transfers";
import { Facts } from "@/components/requests/facts";
import { DirectionBadge, TransferStatusBadge } from "@/components/requests/request-badges";
import { CancelTransferButton, TransferAnswerForm } from "@/components/requests/transfer-answer-form";
import { CategoryBadge } from "@/components/ui/domain-badges";
import { Card, PageHeader } from "@/components/ui/page-header";

const LINK = "font-medium text-teal-800 underline-offset-2 hover:underline";

/**
 * One transfer as this county sees it (docs/domain.md "Identity and privacy"): the receiver
 * sees the person masked, the plan and the reason, and accepts or declines; the sender sees
 * the status and may withdraw while it is open — and no personal data once it was accepted.
 */
export default async function TransferPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePagePermission("contact:read");
  const { id } = await params;
  const x = await loadOr404(getTransfer(user, id));
  const [t, format, counties] = await Promise.all([getTranslations("identity.transfer"), getFormatter(), getLocale().then(countyNames)]);
  const name = (code: string) => counties[code] ?? code;
  const incoming = x.direction === "INCOMING";
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });
  // The contact page is this county's once it holds the contact.
  const holds = x.contactId && ((incoming && x.status === "ACCEPTED") || (!incoming && x.status !== "ACCEPTED"));
  const writer = can(user, "contact:write");

  return (
    <div className="space-y-6">
      <BackLink href="/requests?tab=transfers">{t("back")}</BackLink>
      <PageHeader
        title={incoming ? t("titleIncoming", { county: name(x.fromCountyCode) }) : x.direction === "OUTGOING" ? t("titleOutgoing", { county: name(x.toCountyCode) }) : t("titleOversight", { from: name(x.fromCountyCode), to: name(x.toCountyCode) })}
        subtitle={
          <span className="flex flex-wrap items-center gap-2" data-testid="transfer-status">
            <DirectionBadge direction={x.direction} />
            <TransferStatusBadge status={x.status} />
          </span>
        }
      />
      <Card title={t("details")}>
        <Facts
          testId="transfer-facts"
          rows={[
            [t("person"), x.person ? (holds ? <Link href={`/contacts/${x.contactId}`} className={LINK}>{x.person.name}</Link> : x.person.name) : t("handedOver")],
            ...(x.person ? ([[t("idNumber"), <span key="i" className="tabular-nums">{x.person.idNumber ?? "—"}</span>]] as [string, ReactNode][]) : []),
            [t("category"), <CategoryBadge key="c" category={x.category} />],
            [t("releaseDate"), x.releaseDate ?? "—"],
            [t("reason"), x.reason ?? "—"],
            [t("requestedBy"), t("requestedByValue", { name: x.requestedByName, county: name(x.fromCountyCode), at: when(x.requestedAt) })],
            ...(x.answeredAt ? ([[t("answeredAt"), when(x.answeredAt)]] as [string, string][]) : []),
            ...(incoming && x.answerNote ? ([[t("note"), x.answerNote]] as [string, string][]) : []),
          ]}
        />
        {incoming && x.person?.masked && x.status === "OPEN" ? <p className="mt-3 text-xs text-slate-600">{t("maskedHint")}</p> : null}
      </Card>
      {x.status === "OPEN" && writer ? (
        <Card title={incoming ? t("answerTitle") : t("openTitle")}>
          {incoming ? (
            <TransferAnswerForm id={x.id} />
          ) : (
            <div className="space-y-3">
              <p className="text-sm text-slate-700">{t("waiting", { county: name(x.toCountyCode) })}</p>
              <CancelTransferButton id={x.id} />
            </div>
          )}
        </Card>
      ) : null}
    </div>
  );
}
