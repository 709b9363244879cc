import { getTranslations } from "next-intl/server";
import { LabImport } from "@/components/imports/lab-import";
import { Card, PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/http/page-guard";

/** 导入核酸结果清单: a laboratory list matched to the people this county manages (docs/decisions/0018-lab-result-matching.md). */
export default async function ImportLabResultsPage() {
  await requirePagePermission("test:write");
  const t = await getTranslations("imports.page");
  return (
    <>
      <PageHeader title={t("labTitle")} />
      <Card>
        <LabImport />
      </Card>
    </>
  );
}
