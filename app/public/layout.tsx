import type { ReactNode } from "react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Pages anyone may read, signed in or not (proxy.ts lets /public/ through): no account data. */
export default async function PublicLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations("bulletins");
  return (
    <>
      <header className="border-b border-slate-200 bg-white print:border-0">
        <div className="mx-auto flex max-w-5xl items-center gap-4 px-4 py-3">
          <Link href="/public/bulletins" className="text-lg font-semibold text-teal-800">
            {t("publicTitle")}
          </Link>
        </div>
      </header>
      <main className="mx-auto max-w-5xl px-4 py-6 print:max-w-none print:p-0">{children}</main>
    </>
  );
}
