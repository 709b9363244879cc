import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { ExportLinks } from "@/components/exports/export-links";
import { EntryForm } from "@/components/screening/entry-form";
import { ImportForm } from "@/components/screening/import-form";
import { QueueTable } from "@/components/screening/queue-table";
import { ScreeningFigures } from "@/components/screening/screening-figures";
import { Card, PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { can } from "@/lib/auth/permissions";
import { todayOf } from "@/lib/calendar";
import { requirePagePermission } from "@/lib/http/page-guard";
import { countyNames } from "@/lib/jurisdictions/counties";
import { seesFull } from "@/lib/privacy/mask";
import { listScreening } from "@/lib/screening/list-items";

type Props = { searchParams: Promise<{ status?: string; page?: string }> };

/** The county's screening queue; officials see the completion figures only. */
export default async function ScreeningPage({ searchParams }: Props) {
  const user = await requirePagePermission("contact:read");
  const t = await getTranslations("screening");
  if (!seesFull(user)) {
    return (
      <section>
        <PageHeader title={t("title")} subtitle={t("subtitle")} />
        <ScreeningFigures user={user} date={todayOf()} />
      </section>
    );
  }
  const sp = await searchParams;
  const status = sp.status === "ALL" ? "ALL" : "OPEN";
  const [list, counties] = await Promise.all([listScreening(user, { status, page: sp.page ?? 1, pageSize: 50 }), getLocale().then(countyNames)]);
  const writable = can(user, "contact:write");
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} subtitle={t("subtitle")} actions={<ExportLinks list="screening" params={{ status }} />} />
      {writable ? (
        <div className="grid gap-6 lg:grid-cols-2">
          <Card title={t("import.title")}>
            <ImportForm />
          </Card>
          <Card title={t("entry.title")}>
            <EntryForm />
          </Card>
        </div>
      ) : null}
      <nav className="flex gap-2 text-sm" aria-label={t("title")}>
        {(["OPEN", "ALL"] as const).map((s) => (
          <Link key={s} href={`/screening?status=${s}`} aria-current={s === status ? "page" : undefined} className={`rounded px-3 py-1.5 ${s === status ? "bg-teal-700 text-white" : "bg-white text-slate-700 ring-1 ring-slate-200"}`}>
            {t(`tabs.${s}`)}
          </Link>
        ))}
      </nav>
      <div data-testid="screening-queue">
        <QueueTable items={list.items} counties={counties} />
        <Pagination page={list.page} pageSize={list.pageSize} total={list.total} basePath="/screening" params={{ status }} />
      </div>
    </div>
  );
}
