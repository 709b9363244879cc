import type { ReactNode } from "react";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/current-user";
import { findCounty, jurisdictionName } from "@/lib/jurisdictions/counties";
import { AppHeader } from "@/components/layout/app-header";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await requirePageUser();
  if (user.mustChangePassword) redirect("/account/password");
  const locale = await getLocale();
  const county = user.countyCode ? await findCounty(user.countyCode) : null;
  return (
    <>
      <AppHeader user={user} countyName={county ? jurisdictionName(county, locale) : null} />
      <main className="mx-auto max-w-7xl px-4 py-6">{children}</main>
    </>
  );
}
