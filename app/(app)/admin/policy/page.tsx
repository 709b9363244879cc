import { getTranslations } from "next-intl/server";
import { requirePageAccess } from "@/lib/http/page-guard";
import { listPolicyVersions } from "@/lib/policy/list-policies";
import { PageHeader } from "@/components/ui/page-header";
import { LinkButton } from "@/components/ui/link-button";
import { Notice } from "@/components/ui/notice";
import { PolicyVersionCard } from "@/components/admin/policy/policy-version-card";

export default async function PolicyPage({ searchParams }: { searchParams: Promise<{ created?: string }> }) {
  const user = await requirePageAccess("policy:manage");
  const [t, { versions }, { created }] = await Promise.all([getTranslations("admin.policy"), listPolicyVersions(user), searchParams]);
  return (
    <section className="space-y-4">
      <PageHeader title={t("title")} subtitle={t("intro")} actions={<LinkButton variant="primary" href="/admin/policy/new">{t("newVersion")}</LinkButton>} />
      {created && versions.some((v) => v.version === created && v.current) ? (
        <Notice kind="success" testId="policy-created">
          {t("saved", { version: created })}
        </Notice>
      ) : null}
      {versions.map((v) => (
        <PolicyVersionCard key={v.version} version={v} />
      ))}
    </section>
  );
}
