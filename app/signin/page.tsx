import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { currentUser } from "@/lib/auth/current-user";
import { landingPath } from "@/lib/auth/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { LocaleSwitch } from "@/components/layout/locale-switch";

export default async function SignInPage() {
  const user = await currentUser();
  if (user) redirect(landingPath(user.role));
  const t = await getTranslations();
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm space-y-6 rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
        <div className="flex items-start justify-between">
          <div>
            <h1 className="text-xl font-semibold text-teal-800">{t("common.appName")}</h1>
            <p className="text-sm text-slate-500">{t("common.tagline")}</p>
          </div>
          <LocaleSwitch />
        </div>
        <h2 className="text-lg font-medium">{t("auth.title")}</h2>
        <SignInForm />
      </div>
    </main>
  );
}
