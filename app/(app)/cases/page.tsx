import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { contactCountsByCase } from "@/lib/cases/contact-counts";
import { listCases } from "@/lib/cases/list-cases";
import { requirePagePermission } from "@/lib/http/page-guard";
import { CaseListTable, CaseSearch } from "@/components/cases/case-list";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { ExportLinks } from "@/components/exports/export-links";
import { Pagination } from "@/components/ui/pagination";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function CasesPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePagePermission("case:read");
  const sp = await searchParams;
  // Searching personal data is a read of it: only roles that see it in full may search.
  const searchable = can(user, "personal:full");
  const q = searchable && typeof sp.q === "string" ? sp.q.trim().slice(0, 50) : "";
  const page = Math.max(1, Math.floor(Number(sp.page)) || 1);
  const [t, result] = await Promise.all([getTranslations("cases.list"), listCases(user, { q: q || undefined, page })]);
  const counts = await contactCountsByCase(user, result.items.map((c) => c.id));
  return (
    <>
      <PageHeader
        title={t("title")}
        subtitle={t("subtitle")}
        actions={
          <>
            <ExportLinks list="cases" params={{ q: q || undefined }} />
            {can(user, "case:write") ? (
              <LinkButton href="/cases/new" variant="primary">
                {t("new")}
              </LinkButton>
            ) : null}
          </>
        }
      />
      {searchable ? <CaseSearch q={q} /> : null}
      <div data-testid="case-list">
        <CaseListTable cases={result.items} counts={counts} q={q} />
      </div>
      <Pagination
        page={result.page}
        pageSize={result.pageSize}
        total={result.total}
        totalCapped={result.totalCapped}
        shown={result.items.length}
        basePath="/cases"
        params={{ q: q || undefined }}
      />
    </>
  );
}
