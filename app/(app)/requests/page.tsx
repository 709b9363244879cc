import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { listAssists } from "@/lib/assists/list-assists";
import { requirePagePermission } from "@/lib/http/page-guard";
import { countyNames } from "@/lib/jurisdictions/counties";
import { listTransfers } from "@/lib/transfers/list-transfers";
import { AssistTable, TransferTable } from "@/components/requests/request-tables";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";

const PAGE_SIZE = 20;
const TABS = ["assists", "transfers"] as const;
type Tab = (typeof TABS)[number];

type Search = Promise<Record<string, string | string[] | undefined>>;

/** 协查 and transfers of the user's county, incoming and outgoing, open ones first. */
export default async function RequestsPage({ searchParams }: { searchParams: Search }) {
  const user = await requirePagePermission("contact:read");
  const sp = await searchParams;
  const tab: Tab = TABS.find((x) => x === sp.tab) ?? "assists";
  const page = Math.max(1, Math.min(10_000, Math.floor(Number(sp.page)) || 1));
  const [t, counties, assists, transfers] = await Promise.all([
    getTranslations("identity.requests"),
    getLocale().then(countyNames),
    listAssists(user, { page: tab === "assists" ? page : 1, pageSize: PAGE_SIZE }),
    listTransfers(user, { page: tab === "transfers" ? page : 1, pageSize: PAGE_SIZE }),
  ]);
  const counts = { assists: assists.total, transfers: transfers.total };
  return (
    <div className="space-y-4">
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <nav aria-label={t("tabs")} className="flex gap-2 border-b border-slate-200">
        {TABS.map((x) => (
          <Link
            key={x}
            href={`/requests?tab=${x}`}
            aria-current={x === tab ? "page" : undefined}
            className={`-mb-px border-b-2 px-3 py-2 text-sm font-medium ${x === tab ? "border-teal-700 text-teal-800" : "border-transparent text-slate-600 hover:text-slate-900"}`}
          >
            {t(x)} <span className="tabular-nums">({counts[x]})</span>
          </Link>
        ))}
      </nav>
      <div data-testid={`requests-${tab}`}>
        {tab === "assists" ? (
          <AssistTable items={assists.items} counties={counties} empty={t("emptyAssists")} />
        ) : (
          <TransferTable items={transfers.items} counties={counties} empty={t("emptyTransfers")} />
        )}
      </div>
      <Pagination
        page={page}
        pageSize={PAGE_SIZE}
        total={tab === "assists" ? assists.total : transfers.total}
        basePath="/requests"
        params={{ tab }}
      />
    </div>
  );
}
