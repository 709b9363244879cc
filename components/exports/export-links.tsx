import { getTranslations } from "next-intl/server";

const LINK =
  "inline-flex items-center justify-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium whitespace-nowrap text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600";

/**
 * Download links for a list as it is filtered on the page: GET /api/v1/exports/<list> with the
 * same query (docs/decisions/0016-exports.md). Plain links: the browser downloads the file.
 */
export async function ExportLinks({ list, params }: { list: "cases" | "contacts" | "tasks" | "screening" | "audit"; params: Record<string, string | undefined> }) {
  const t = await getTranslations("exports");
  const href = (format: "csv" | "xlsx") => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
    q.set("format", format);
    return `/api/v1/exports/${list}?${q.toString()}`;
  };
  return (
    <div className="flex gap-2" data-testid={`export-${list}`}>
      <a className={LINK} href={href("xlsx")} download>
        {t("downloadXlsx")}
      </a>
      <a className={LINK} href={href("csv")} download>
        {t("downloadCsv")}
      </a>
    </div>
  );
}
