import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getLocale, getTimeZone, getTranslations } from "next-intl/server";
import { IntlProvider } from "@/components/i18n/intl-provider";
import type { Locale } from "@/lib/i18n/config";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return { title: t("appName"), description: t("tagline") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, timeZone] = await Promise.all([getLocale(), getTimeZone()]);
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <IntlProvider locale={locale as Locale} timeZone={timeZone}>
          {children}
        </IntlProvider>
      </body>
    </html>
  );
}
