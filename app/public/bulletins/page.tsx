import { getTranslations } from "next-intl/server";
import { listPublishedBulletins } from "@/lib/bulletins/list-bulletins";
import { PrintButton } from "@/components/bulletins/print-button";
import { PublicBulletinArticle } from "@/components/bulletins/public-bulletin";
import { PageHeader } from "@/components/ui/page-header";

export const dynamic = "force-dynamic";

/** 信息发布, public: the published bulletins, newest first, printable; no sign-in. */
export default async function PublicBulletinsPage() {
  const [t, items] = await Promise.all([getTranslations("bulletins"), listPublishedBulletins()]);
  return (
    <section>
      <PageHeader title={t("publicTitle")} subtitle={t("publicSubtitle")} actions={<PrintButton label={t("print")} />} />
      {items.length === 0 ? <p className="text-sm text-slate-500">{t("nonePublished")}</p> : null}
      <div className="space-y-6">
        {items.map((b) => (
          <PublicBulletinArticle key={b.id} b={b} />
        ))}
      </div>
    </section>
  );
}
