import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/current-user";
import { landingPath } from "@/lib/auth/navigation";
import { listCountiesInScope } from "@/lib/jurisdictions/counties";

export default async function HomePage() {
  const user = await requirePageUser();
  // Staff start their day on Today, officials on the dashboard: a server redirect, nothing rendered here.
  const landing = landingPath(user.role);
  if (landing !== "/") redirect(landing);
  const t = await getTranslations("common.home");
  const scope =
    user.role === "ADMIN" ? t("scopeAdmin") : t("scopeAll", { count: (await listCountiesInScope(user)).length });
  return (
    <section className="space-y-2">
      <h1 className="text-2xl font-semibold">{t("welcome", { name: user.displayName })}</h1>
      <p className="text-slate-600" data-testid="scope-summary">
        {scope}
      </p>
    </section>
  );
}
