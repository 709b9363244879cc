import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getPublishedBulletin } from "@/lib/bulletins/list-bulletins";
import { loadOr404 } from "@/lib/http/page-load";
import { PrintButton } from "@/components/bulletins/print-button";
import { PublicBulletinArticle } from "@/components/bulletins/public-bulletin";

export const dynamic = "force-dynamic";

/** One published bulletin, for printing or linking; a draft or an unknown id is the 404 page. */
export default async function PublicBulletinPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [t, b] = await Promise.all([getTranslations("bulletins"), loadOr404(getPublishedBulletin(id))]);
  return (
    <section className="space-y-4">
      <div className="flex items-center justify-between print:hidden">
        <Link href="/public/bulletins" className="text-sm text-teal-800 underline-offset-2 hover:underline">
          ← {t("allPublished")}
        </Link>
        <PrintButton label={t("print")} />
      </div>
      <PublicBulletinArticle b={b} heading="h1" />
    </section>
  );
}
