import { getTranslations } from "next-intl/server";
import { NotFoundPanel } from "@/components/ui/not-found-panel";

export default async function SiteNotFound() {
  const t = await getTranslations("sites.notFound");
  return <NotFoundPanel title={t("title")} body={t("body")} backHref="/sites" backLabel={t("back")} testId="site-not-found" />;
}
