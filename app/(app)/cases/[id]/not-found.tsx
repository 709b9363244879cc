import { getTranslations } from "next-intl/server";
import { NotFoundPanel } from "@/components/ui/not-found-panel";

/** Also answers for another county's case and for the entry grids under it. */
export default async function CaseNotFound() {
  const t = await getTranslations("cases.notFound");
  return <NotFoundPanel title={t("title")} body={t("body")} backHref="/cases" backLabel={t("back")} testId="case-not-found" />;
}
