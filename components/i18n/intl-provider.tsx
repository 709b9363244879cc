"use client";

import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { messagesFor } from "@/lib/i18n/catalogue";
import type { Locale } from "@/lib/i18n/config";

/**
 * The messages of client components come with the JavaScript (one chunk, cached by the browser
 * across pages) instead of inside every page's HTML, where they were ~70 KB of each page
 * (docs/decisions/0030-client-messages-in-the-bundle.md). The locale and time zone still come
 * from the server's request configuration (lib/i18n/request.ts).
 */
export function IntlProvider({ locale, timeZone, children }: { locale: Locale; timeZone: string; children: ReactNode }) {
  return (
    <NextIntlClientProvider locale={locale} timeZone={timeZone} messages={messagesFor(locale)}>
      {children}
    </NextIntlClientProvider>
  );
}
