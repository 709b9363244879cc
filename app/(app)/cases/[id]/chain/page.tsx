import { BackLink } from "@/components/ui/back-link";
import { getTranslations } from "next-intl/server";
import { getCaseChain } from "@/lib/chains/get-chains";
import { loadOr404 } from "@/lib/http/page-load";
import { requirePagePermission } from "@/lib/http/page-guard";
import { ChainPanel } from "@/components/chains/chain-panel";
import { PageHeader } from "@/components/ui/page-header";

/** 传播链 of a case: the whole cluster it belongs to (county staff: their county only; 404 otherwise). */
export default async function CaseChainPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePagePermission("case:read");
  const { id } = await params;
  const [t, graph] = await Promise.all([getTranslations("chains"), loadOr404(getCaseChain(user, id))]);
  return (
    <>
      <BackLink href={`/cases/${id}`} separate>{t("backToCase")}</BackLink>
      <PageHeader title={t("caseTitle")} subtitle={t("caseSubtitle", { date: graph.asOf })} />
      <ChainPanel graph={graph} title={t("caseTitle")} />
    </>
  );
}
