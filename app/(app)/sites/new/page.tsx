import { getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/http/page-guard";
import { NewSiteForm } from "@/components/sites/new-site-form";
import { PageHeader } from "@/components/ui/page-header";
import { createSiteAction } from "../actions";

export default async function NewSitePage() {
  await requirePagePermission("site:write");
  const t = await getTranslations("sites.new");
  return (
    <>
      <PageHeader title={t("title")} />
      <NewSiteForm create={createSiteAction} />
    </>
  );
}
