import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { authSecret } from "@/lib/env";
import { resolveLocale, LOCALE_COOKIE } from "@/lib/i18n/config";
import { translate } from "@/lib/i18n/catalogue";

/**
 * First gate: no session, no app. Pages go to the sign-in page, the API answers 401 JSON.
 * Whether the account may still act (disabled, locked, moved) is checked per request on the
 * server by lib/auth/current-user.ts, which every page and route calls.
 */
export async function proxy(req: NextRequest) {
  const token = await getToken({ req, secret: authSecret() });
  if (token) return NextResponse.next();
  if (req.nextUrl.pathname.startsWith("/api/")) {
    const locale = resolveLocale(req.cookies.get(LOCALE_COOKIE)?.value, req.headers.get("accept-language"));
    return NextResponse.json(
      { error: { code: "UNAUTHENTICATED", message: translate(locale, "errors.unauthenticated") } },
      { status: 401 },
    );
  }
  const url = req.nextUrl.clone();
  url.pathname = "/signin";
  url.search = "";
  return NextResponse.redirect(url);
}

export const config = {
  matcher: ["/((?!signin|api/auth|api/health|api/ready|api/v1/openapi\\.json|_next/static|_next/image|favicon.ico).*)"],
};
