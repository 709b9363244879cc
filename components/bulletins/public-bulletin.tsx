// One published bulletin as the public reads it: text, figures, downloads. Counts only.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { PublicBulletin } from "@/lib/bulletins/bulletin-view";
import { BulletinFiguresTable } from "./bulletin-figures-table";

export async function PublicBulletinArticle({ b, heading = "h2" }: { b: PublicBulletin; heading?: "h1" | "h2" }) {
  const t = await getTranslations("bulletins");
  const H = heading;
  const download = `/api/v1/public/bulletins/${b.id}/export`;
  return (
    <article className="space-y-3 break-inside-avoid rounded-lg border border-slate-200 bg-white p-4 print:border-0 print:p-0" data-testid="public-bulletin">
      <H className="text-lg font-semibold">
        <Link href={`/public/bulletins/${b.id}`} className="hover:underline">
          {b.title}
        </Link>
      </H>
      <p className="text-xs text-slate-500">
        {t("publishedMeta", { date: b.date, revision: b.revision })}
        {b.correctedById ? ` · ${t("supersededPublic")}` : ""}
      </p>
      {b.correctsId ? <p className="text-sm text-amber-800">{t("correctsPublic", { note: b.correctionNote ?? "" })}</p> : null}
      <p className="text-sm whitespace-pre-wrap">{b.body}</p>
      <BulletinFiguresTable figures={b.figures} />
      <p className="flex gap-4 text-sm print:hidden">
        <a href={`${download}?format=csv`} className="text-teal-800 underline" download>
          {t("downloadCsv")}
        </a>
        <a href={`${download}?format=xlsx`} className="text-teal-800 underline" download>
          {t("downloadXlsx")}
        </a>
      </p>
    </article>
  );
}
