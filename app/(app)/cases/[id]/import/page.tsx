import { getTranslations } from "next-intl/server";
import { ContactsImport } from "@/components/imports/contacts-import";
import { LinkButton } from "@/components/ui/link-button";
import { Card, PageHeader } from "@/components/ui/page-header";
import { loadCase } from "@/lib/cases/load-case";
import { prisma } from "@/lib/db";
import { loadOr404 } from "@/lib/http/page-load";
import { requirePagePermission } from "@/lib/http/page-guard";

type Props = { params: Promise<{ id: string }> };

/** 从表格导入接触者: contacts of a spreadsheet registered under this case (docs/decisions/0017-import-pipeline.md). */
export default async function ImportContactsPage({ params }: Props) {
  const user = await requirePagePermission("contact:write");
  const { id } = await params;
  const source = await loadOr404(loadCase(prisma(), user, id));
  const t = await getTranslations("imports.page");
  return (
    <>
      <PageHeader
        title={t("contactsTitle")}
        subtitle={t("underCase", { name: source.person.name })}
        actions={<LinkButton href={`/cases/${source.id}`}>{t("backToCase")}</LinkButton>}
      />
      <Card>
        <ContactsImport caseId={source.id} />
      </Card>
    </>
  );
}
