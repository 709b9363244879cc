import { getLocale, getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/current-user";
import { findCounty, jurisdictionName, listCountiesInScope } from "@/lib/jurisdictions/counties";

export default async function HomePage() {
  const user = await requirePageUser();
  const t = await getTranslations("common.home");
  const locale = await getLocale();
  let scope: string;
  if (user.role === "ADMIN") scope = t("scopeAdmin");
  else if (user.countyCode) {
    const county = await findCounty(user.countyCode);
    scope = t("scopeCounty", { county: county ? jurisdictionName(county, locale) : user.countyCode });
  } else scope = t("scopeAll", { count: (await listCountiesInScope(user)).length });
  return (
    <section className="space-y-2">
      <h1 className="text-2xl font-semibold">{t("welcome", { name: user.displayName })}</h1>
      <p className="text-slate-600" data-testid="scope-summary">
        {scope}
      </p>
    </section>
  );
}
