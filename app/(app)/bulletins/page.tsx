import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { listBulletins } from "@/lib/bulletins/list-bulletins";
import { requirePagePermission } from "@/lib/http/page-guard";
import { todayOf } from "@/lib/calendar";
import { CreateBulletinForm } from "@/components/bulletins/create-bulletin-form";
import { Card, PageHeader } from "@/components/ui/page-header";
import { Table } from "@/components/ui/table";
import { createBulletinAction } from "./actions";

/** 信息发布 for officials: every bulletin with its status, and the day's draft to generate. */
export default async function BulletinsPage() {
  const user = await requirePagePermission("bulletin:manage");
  const [t, items] = await Promise.all([getTranslations("bulletins"), listBulletins(user)]);
  return (
    <section className="space-y-6">
      <PageHeader
        title={t("title")}
        subtitle={t("subtitle")}
        actions={
          <Link href="/public/bulletins" className="text-sm text-teal-800 underline-offset-2 hover:underline">
            {t("publicPage")}
          </Link>
        }
      />
      <Card title={t("newDraft")}>
        <CreateBulletinForm today={todayOf()} create={createBulletinAction} />
      </Card>
      <Table
        caption={t("title")}
        headers={[t("date"), t("revision"), t("titleField"), t("status"), t("editedBy"), t("reviewedBy"), t("publishedBy")]}
        rows={items.map((b) => ({
          key: b.id,
          cells: [
            b.date,
            b.revision,
            <Link key="l" href={`/bulletins/${b.id}`} className="text-teal-800 underline-offset-2 hover:underline">
              {b.title}
            </Link>,
            t(`statuses.${b.status}`),
            b.editedByName,
            b.reviewedByName ?? "—",
            b.publishedByName ?? "—",
          ],
        }))}
        empty={t("none")}
      />
    </section>
  );
}
