import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/http/page-guard";
import { listSites } from "@/lib/sites/list-sites";
import { SitesTable } from "@/components/sites/site-tables";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";

export default async function SitesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePagePermission("site:read");
  const sp = await searchParams;
  const page = Math.max(1, Math.floor(Number(sp.page)) || 1);
  const [t, result] = await Promise.all([getTranslations("sites.list"), listSites(user, { page, includeInactive: true })]);
  return (
    <>
      <PageHeader
        title={t("title")}
        subtitle={t("subtitle")}
        actions={
          can(user, "site:write") ? (
            <LinkButton href="/sites/new" variant="primary">
              {t("new")}
            </LinkButton>
          ) : null
        }
      />
      <div data-testid="site-list">
        <SitesTable sites={result.items} />
      </div>
      <Pagination page={result.page} pageSize={result.pageSize} total={result.total} basePath="/sites" params={{}} />
    </>
  );
}
