import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { prefectureTimeZone } from "@/lib/env";
import { LOCALE_COOKIE, resolveLocale } from "./config";
import { messagesFor } from "./catalogue";

// next-intl without locale routing: the language comes from the switch's cookie, then the
// browser's Accept-Language, Chinese by default.
export default getRequestConfig(async () => {
  const locale = resolveLocale((await cookies()).get(LOCALE_COOKIE)?.value, (await headers()).get("accept-language"));
  return { locale, messages: messagesFor(locale), timeZone: prefectureTimeZone() };
});
