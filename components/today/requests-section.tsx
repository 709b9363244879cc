import Link from "next/link";
import { useTranslations } from "next-intl";
import type { AssistView } from "@/lib/assists/assist-view";
import type { TodayRequests } from "@/lib/requests/today-requests";
import type { TransferView } from "@/lib/transfers/transfer-view";
import { AssistStatusBadge, TransferStatusBadge } from "@/components/requests/request-badges";

const LINK = "font-medium text-teal-800 underline-offset-2 hover:underline";

function AssistLine({ a, counties }: { a: AssistView; counties: Record<string, string> }) {
  const t = useTranslations("identity.today");
  const incoming = a.direction === "INCOMING";
  const county = counties[incoming ? a.fromCountyCode : a.toCountyCode] ?? "";
  return (
    <li className="flex flex-wrap items-center gap-2" data-testid="today-assist">
      <Link href={`/requests/assists/${a.id}`} className={LINK}>
        {incoming ? t("assistFrom", { county }) : t("assistTo", { county })}
      </Link>
      {a.own ? <span className="text-slate-700">{t("about", { name: a.own.person.name })}</span> : null}
      <AssistStatusBadge status={a.status} />
      {a.managingCountyCode ? <span className="text-xs text-slate-600">{t("managedBy", { county: counties[a.managingCountyCode] ?? "" })}</span> : null}
    </li>
  );
}

function TransferLine({ x, counties }: { x: TransferView; counties: Record<string, string> }) {
  const t = useTranslations("identity.today");
  const incoming = x.direction === "INCOMING";
  const county = counties[incoming ? x.fromCountyCode : x.toCountyCode] ?? "";
  return (
    <li className="flex flex-wrap items-center gap-2" data-testid="today-transfer">
      <Link href={`/requests/transfers/${x.id}`} className={LINK}>
        {incoming ? t("transferFrom", { county }) : t("transferTo", { county })}
      </Link>
      {x.person ? <span className="text-slate-700">{t("about", { name: x.person.name })}</span> : null}
      <TransferStatusBadge status={x.status} />
    </li>
  );
}

function Column({ title, testId, assists, transfers, total, empty, counties }: { title: string; testId: string; assists: AssistView[]; transfers: TransferView[]; total: number; empty: string; counties: Record<string, string> }) {
  const t = useTranslations("identity.today");
  const shown = assists.length + transfers.length;
  return (
    <div className="min-w-0 space-y-2" data-testid={testId}>
      <h3 className="text-sm font-medium text-slate-700">
        {title} <span className="rounded-full bg-slate-100 px-2 text-xs font-normal tabular-nums">{total}</span>
      </h3>
      {shown === 0 ? (
        <p className="text-sm text-slate-500">{empty}</p>
      ) : (
        <ul className="space-y-1 text-sm">
          {assists.map((a) => (
            <AssistLine key={a.id} a={a} counties={counties} />
          ))}
          {transfers.map((x) => (
            <TransferLine key={x.id} x={x} counties={counties} />
          ))}
        </ul>
      )}
      {total > shown ? (
        <Link href="/requests" className={`${LINK} text-sm`}>
          {t("more", { count: total - shown })}
        </Link>
      ) : null}
    </div>
  );
}

/**
 * The Today page's 协查 and transfers (docs/domain.md "Identity and privacy"): what this county
 * has to answer, and what it is waiting for from other counties (with those answered lately).
 * A section of its own, so the Today page can be rearranged around it.
 */
export function RequestsSection({ requests, counties }: { requests: TodayRequests; counties: Record<string, string> }) {
  const t = useTranslations("identity.today");
  return (
    <section aria-labelledby="requests-title" className="space-y-3 rounded-lg border border-violet-200 bg-white p-4" data-testid="section-requests">
      <h2 id="requests-title" className="flex flex-wrap items-baseline justify-between gap-2 text-lg font-semibold">
        {t("title")}
        <Link href="/requests" className={`${LINK} text-sm font-normal`}>
          {t("all")}
        </Link>
      </h2>
      <div className="grid gap-4 md:grid-cols-2">
        <Column title={t("toAnswer")} testId="requests-incoming" {...requests.incoming} empty={t("noneToAnswer")} counties={counties} />
        <Column title={t("awaiting")} testId="requests-outgoing" {...requests.outgoing} empty={t("noneAwaiting")} counties={counties} />
      </div>
    </section>
  );
}
