import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NAVIGATION } from "@/lib/auth/navigation";
import type { SessionUser } from "@/lib/auth/user";
import { LocaleSwitch } from "./locale-switch";
import { SignOutButton } from "./sign-out-button";

export async function AppHeader({ user, countyName }: { user: SessionUser; countyName: string | null }) {
  const t = await getTranslations("common");
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-semibold text-teal-800">
          {t("appName")}
        </Link>
        <nav aria-label="main" className="flex flex-wrap gap-1" data-testid="main-nav">
          {NAVIGATION[user.role].map((item) => (
            <Link
              key={item.href}
              href={item.href}
              className="rounded px-3 py-1.5 text-sm text-slate-700 hover:bg-teal-50 hover:text-teal-800"
            >
              {t(`nav.${item.label}`)}
            </Link>
          ))}
        </nav>
        <div className="ml-auto flex items-center gap-3 text-sm" data-testid="current-user">
          <span className="font-medium">{user.displayName}</span>
          <span className="rounded bg-slate-100 px-2 py-0.5 text-slate-600" data-testid="current-role">
            {t(`roles.${user.role}`)}
          </span>
          <span className="rounded bg-teal-50 px-2 py-0.5 text-teal-800" data-testid="current-county">
            {countyName ?? t("allCounties")}
          </span>
          <LocaleSwitch />
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
