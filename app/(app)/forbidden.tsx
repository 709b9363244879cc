import { getTranslations } from "next-intl/server";
import { NotFoundPanel } from "@/components/ui/not-found-panel";

/** What a role without the permission sees on an administration page (403). */
export default async function Forbidden() {
  const t = await getTranslations("common.forbidden");
  return <NotFoundPanel title={t("title")} body={t("body")} backHref="/" backLabel={t("home")} testId="forbidden" />;
}
