import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/http/page-guard";
import { countyNames, findCounty, jurisdictionName } from "@/lib/jurisdictions/counties";
import { NewCaseForm } from "@/components/cases/new-case-form";
import { PageHeader } from "@/components/ui/page-header";
import { checkCaseAction, createCaseAction } from "../actions";

export default async function NewCasePage() {
  const user = await requirePagePermission("case:write");
  // Cases are registered in the staff member's own county.
  const county = user.countyCode ? await findCounty(user.countyCode) : null;
  if (!county) notFound();
  const [t, locale] = await Promise.all([getTranslations("cases.new"), getLocale()]);
  const counties = await countyNames(locale);
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <NewCaseForm
        countyCode={county.code}
        countyName={jurisdictionName(county, locale)}
        counties={counties}
        check={checkCaseAction}
        create={createCaseAction}
      />
    </>
  );
}
