import type { ReactNode } from "react";
import { getLocale } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/current-user";
import { findCounty, jurisdictionName } from "@/lib/jurisdictions/counties";
import { AppHeader } from "@/components/layout/app-header";

export default async function AppLayout({ children }: { children: ReactNode }) {
  // The gate sends a session that must change its password to /account/password first.
  const user = await requirePageUser();
  const locale = await getLocale();
  const county = user.countyCode ? await findCounty(user.countyCode) : null;
  return (
    <>
      <AppHeader user={user} countyName={county ? jurisdictionName(county, locale) : null} />
      <main className="mx-auto max-w-7xl px-4 py-6">{children}</main>
    </>
  );
}
