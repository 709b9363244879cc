import { BackLink } from "@/components/ui/back-link";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { loadOr404 } from "@/lib/http/page-load";
import { requirePagePermission } from "@/lib/http/page-guard";
import { getSite } from "@/lib/sites/get-site";
import { OccupantsTable } from "@/components/sites/site-tables";
import { SiteEditor } from "@/components/sites/site-editor";
import { Notice } from "@/components/ui/notice";
import { Card, PageHeader } from "@/components/ui/page-header";
import { updateSiteAction } from "../actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

function Stat({ label, value, testId }: { label: string; value: number; testId: string }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white px-4 py-3">
      <dt className="text-sm text-slate-500">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold tabular-nums" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}

export default async function SitePage({ params, searchParams }: Props) {
  const user = await requirePagePermission("site:read");
  const [{ id }, sp] = await Promise.all([params, searchParams]);
  const { occupants, ...site } = await loadOr404(getSite(user, id));
  const t = await getTranslations("sites");
  return (
    <>
      <BackLink href="/sites" separate>{t("detail.back")}</BackLink>
      <PageHeader title={site.name} subtitle={t("detail.summary", { occupancy: site.occupancy, capacity: site.capacity, free: site.free })} />
      <div className="space-y-6">
        {sp.created ? <Notice kind="success">{t("detail.created")}</Notice> : null}
        <dl className="grid grid-cols-3 gap-3">
          <Stat label={t("list.capacity")} value={site.capacity} testId="site-capacity" />
          <Stat label={t("list.occupancy")} value={site.occupancy} testId="site-occupancy" />
          <Stat label={t("detail.freeRooms")} value={site.free} testId="site-free" />
        </dl>
        {can(user, "site:write") ? <SiteEditor site={site} save={updateSiteAction.bind(null, site.id)} /> : null}
        <Card title={t("detail.occupants")}>
          {can(user, "contact:write") ? <p className="mb-3 text-sm text-slate-600">{t("detail.assignHint")}</p> : null}
          <OccupantsTable occupants={occupants} />
        </Card>
      </div>
    </>
  );
}
