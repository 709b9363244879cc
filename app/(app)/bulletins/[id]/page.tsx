import Link from "next/link";
import { BackLink } from "@/components/ui/back-link";
import { getTranslations } from "next-intl/server";
import { getBulletin } from "@/lib/bulletins/list-bulletins";
import { loadOr404 } from "@/lib/http/page-load";
import { requirePagePermission } from "@/lib/http/page-guard";
import { BulletinEditor } from "@/components/bulletins/bulletin-editor";
import { BulletinFiguresTable } from "@/components/bulletins/bulletin-figures-table";
import { Notice } from "@/components/ui/notice";
import { Card, PageHeader } from "@/components/ui/page-header";
import { correctBulletinAction, publishBulletinAction, reviewBulletinAction, updateBulletinAction } from "../actions";

export default async function BulletinPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePagePermission("bulletin:manage");
  const { id } = await params;
  const [t, b] = await Promise.all([getTranslations("bulletins"), loadOr404(getBulletin(user, id))]);
  return (
    <>
      <BackLink href="/bulletins" separate>{t("back")}</BackLink>
      <PageHeader title={t("detailTitle", { date: b.date, revision: b.revision })} subtitle={<span data-testid="bulletin-status">{t(`statuses.${b.status}`)}</span>} />
      <div className="space-y-6">
        <dl className="grid grid-cols-2 gap-x-6 gap-y-1 text-sm sm:grid-cols-4">
          <dt className="text-slate-500">{t("createdBy")}</dt>
          <dd>{b.createdByName}</dd>
          <dt className="text-slate-500">{t("editedBy")}</dt>
          <dd>{b.editedByName}</dd>
          <dt className="text-slate-500">{t("reviewedBy")}</dt>
          <dd>{b.reviewedByName ? `${b.reviewedByName}${b.selfReviewed ? ` (${t("selfReviewed")})` : ""}` : "—"}</dd>
          <dt className="text-slate-500">{t("publishedBy")}</dt>
          <dd>{b.publishedByName ?? "—"}</dd>
        </dl>
        {b.correctsId ? (
          <Notice kind="info">
            {t("correctsNotice", { note: b.correctionNote ?? "" })}{" "}
            <Link href={`/bulletins/${b.correctsId}`} className="underline">
              {t("correctsLink")}
            </Link>
          </Notice>
        ) : null}
        {b.correctedById ? (
          <Notice kind="warning">
            <Link href={`/bulletins/${b.correctedById}`} className="underline">
              {t("correctedNotice")}
            </Link>
          </Notice>
        ) : null}
        <Card title={t("text")}>
          <BulletinEditor
            bulletin={{ id: b.id, status: b.status, version: b.version, title: b.title, body: b.body, corrected: b.correctedById !== null }}
            save={updateBulletinAction.bind(null, b.id)}
            review={reviewBulletinAction.bind(null, b.id)}
            publish={publishBulletinAction.bind(null, b.id)}
            correct={correctBulletinAction.bind(null, b.id)}
          />
        </Card>
        <Card title={t("figures")}>
          <BulletinFiguresTable figures={b.figures} />
        </Card>
      </div>
    </>
  );
}
