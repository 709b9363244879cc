import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/current-user";
import { ChangePasswordForm } from "@/components/admin/change-password-form";

export default async function ChangePasswordPage() {
  const user = await requirePageUser({ allowPasswordChange: true });
  const t = await getTranslations("admin.password");
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm space-y-4 rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
        <h1 className="text-xl font-semibold">{t("title")}</h1>
        {user.mustChangePassword ? <p className="text-sm text-slate-600">{t("intro")}</p> : null}
        <ChangePasswordForm />
      </div>
    </main>
  );
}
