import Link from "next/link";
import { useTranslations } from "next-intl";

/**
 * Previous/next links that keep the other query parameters. A capped total is a lower bound
 * (docs/decisions/0027-capped-list-totals.md): the number of pages is unknown, so "next" is
 * offered within the counted rows and, past them, after every full page.
 */
export function Pagination({
  page,
  pageSize,
  total,
  totalCapped = false,
  shown,
  basePath,
  params,
}: {
  page: number;
  pageSize: number;
  total: number;
  /** The list stopped counting at `total`: more rows match. */
  totalCapped?: boolean;
  /** Rows on this page (only needed with `totalCapped`, to tell whether a later page may exist). */
  shown?: number;
  basePath: string;
  params: Record<string, string | undefined>;
}) {
  const t = useTranslations("domain.pagination");
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const hasNext = page < pages || (totalCapped && (shown ?? pageSize) >= pageSize);
  const href = (p: number) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
    q.set("page", String(p));
    return `${basePath}?${q.toString()}`;
  };
  return (
    <nav aria-label={t("label")} className="mt-4 flex items-center justify-between text-sm text-slate-600">
      <span>{totalCapped ? t("summaryCapped", { page, total }) : t("summary", { page, pages, total })}</span>
      <span className="flex gap-2">
        {page > 1 ? (
          <Link className="rounded border border-slate-300 bg-white px-3 py-1 hover:bg-slate-100" href={href(page - 1)}>
            {t("previous")}
          </Link>
        ) : null}
        {hasNext ? (
          <Link className="rounded border border-slate-300 bg-white px-3 py-1 hover:bg-slate-100" href={href(page + 1)}>
            {t("next")}
          </Link>
        ) : null}
      </span>
    </nav>
  );
}
