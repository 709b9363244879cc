import Link from "next/link";
import { useTranslations } from "next-intl";

/** Previous/next links that keep the other query parameters. */
export function Pagination({
  page,
  pageSize,
  total,
  basePath,
  params,
}: {
  page: number;
  pageSize: number;
  total: number;
  basePath: string;
  params: Record<string, string | undefined>;
}) {
  const t = useTranslations("domain.pagination");
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const href = (p: number) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
    q.set("page", String(p));
    return `${basePath}?${q.toString()}`;
  };
  return (
    <nav aria-label={t("label")} className="mt-4 flex items-center justify-between text-sm text-slate-600">
      <span>{t("summary", { page, pages, total })}</span>
      <span className="flex gap-2">
        {page > 1 ? (
          <Link className="rounded border border-slate-300 bg-white px-3 py-1 hover:bg-slate-100" href={href(page - 1)}>
            {t("previous")}
          </Link>
        ) : null}
        {page < pages ? (
          <Link className="rounded border border-slate-300 bg-white px-3 py-1 hover:bg-slate-100" href={href(page + 1)}>
            {t("next")}
          </Link>
        ) : null}
      </span>
    </nav>
  );
}
