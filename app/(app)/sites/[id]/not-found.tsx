import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function SiteNotFound() {
  const t = await getTranslations("sites.notFound");
  return (
    <section className="mx-auto max-w-lg space-y-3 py-12 text-center" data-testid="site-not-found">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-slate-600">{t("body")}</p>
      <Link href="/sites" className="inline-block text-teal-800 underline">
        {t("back")}
      </Link>
    </section>
  );
}
