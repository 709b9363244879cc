import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { AssistView } from "@/lib/assists/assist-view";
import type { TransferView } from "@/lib/transfers/transfer-view";
import { CategoryBadge } from "@/components/ui/domain-badges";
import { Table } from "@/components/ui/table";
import { AssistStatusBadge, DirectionBadge, TransferStatusBadge } from "./request-badges";

const LINK = "font-medium text-teal-800 underline-offset-2 hover:underline";

/** The county on the other side of a request, as this county sees it. */
export function otherCounty(r: { direction: string; fromCountyCode: string; toCountyCode: string }, counties: Record<string, string>): string {
  const code = r.direction === "INCOMING" ? r.fromCountyCode : r.toCountyCode;
  return counties[code] ?? code;
}

/** 协查 to and from this county: each with this county's own record of the person, nothing of the other's. */
export function AssistTable({ items, counties, empty }: { items: AssistView[]; counties: Record<string, string>; empty: string }) {
  const t = useTranslations("identity.requests");
  const format = useFormatter();
  return (
    <Table
      caption={t("assists")}
      headers={[t("columns.direction"), t("columns.county"), t("columns.ownRecord"), t("columns.subject"), t("columns.requestedAt"), t("columns.status"), ""]}
      empty={empty}
      rows={items.map((a) => {
        const own = a.own?.caseId ? `/cases/${a.own.caseId}` : a.own?.contactId ? `/contacts/${a.own.contactId}` : null;
        return {
          key: a.id,
          cells: [
            <DirectionBadge key="d" direction={a.direction} />,
            a.direction === "OVERSIGHT" ? t("between", { from: counties[a.fromCountyCode] ?? a.fromCountyCode, to: counties[a.toCountyCode] ?? a.toCountyCode }) : otherCounty(a, counties),
            a.own ? (
              own ? (
                <Link key="o" href={own} className={LINK}>
                  {a.own.person.name}
                </Link>
              ) : (
                a.own.person.name
              )
            ) : (
              "—"
            ),
            a.subject === "CASE" ? t("subjectCase") : a.exposure.category ? <CategoryBadge key="s" category={a.exposure.category} /> : t("subjectContact"),
            <span key="r" className="tabular-nums">{format.dateTime(new Date(a.requestedAt), { dateStyle: "short", timeStyle: "short" })}</span>,
            <span key="st" className="flex flex-wrap items-center gap-1">
              <AssistStatusBadge status={a.status} />
              {a.managingCountyCode ? <span className="text-xs text-slate-600">{t("managedBy", { county: counties[a.managingCountyCode] ?? a.managingCountyCode })}</span> : null}
            </span>,
            <Link key="v" href={`/requests/assists/${a.id}`} className={LINK}>
              {a.direction === "INCOMING" && a.status === "OPEN" ? t("answer") : t("open")}
            </Link>,
          ],
        };
      })}
    />
  );
}

/** Transfers to and from this county; the sender sees no personal data once the receiver accepted. */
export function TransferTable({ items, counties, empty }: { items: TransferView[]; counties: Record<string, string>; empty: string }) {
  const t = useTranslations("identity.requests");
  const format = useFormatter();
  return (
    <Table
      caption={t("transfers")}
      headers={[t("columns.direction"), t("columns.county"), t("columns.person"), t("columns.category"), t("columns.releaseDate"), t("columns.requestedAt"), t("columns.status"), ""]}
      empty={empty}
      rows={items.map((x) => ({
        key: x.id,
        cells: [
          <DirectionBadge key="d" direction={x.direction} />,
          otherCounty(x, counties),
          x.person ? x.person.name : <span key="p" className="text-slate-500">{t("handedOver")}</span>,
          <CategoryBadge key="c" category={x.category} />,
          <span key="rd" className="tabular-nums">{x.releaseDate ?? "—"}</span>,
          <span key="r" className="tabular-nums">{format.dateTime(new Date(x.requestedAt), { dateStyle: "short", timeStyle: "short" })}</span>,
          <TransferStatusBadge key="s" status={x.status} />,
          <Link key="v" href={`/requests/transfers/${x.id}`} className={LINK}>
            {x.direction === "INCOMING" && x.status === "OPEN" ? t("answer") : t("open")}
          </Link>,
        ],
      }))}
    />
  );
}
