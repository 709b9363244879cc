import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Also answers for another county's case and for the entry grids under it. */
export default async function CaseNotFound() {
  const t = await getTranslations("cases.notFound");
  return (
    <section className="mx-auto max-w-lg space-y-3 py-12 text-center" data-testid="case-not-found">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-slate-600">{t("body")}</p>
      <Link href="/cases" className="inline-block text-teal-800 underline">
        {t("back")}
      </Link>
    </section>
  );
}
