import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { authSecret } from "@/lib/env";
import { resolveLocale, LOCALE_COOKIE } from "@/lib/i18n/config";
import { translate } from "@/lib/i18n/catalogue";
import { allowedMethods, PUBLIC_API_PATHS, PUBLIC_PREFIXES_PUBLISHED, routeOf } from "@/lib/http/api-routes";
import { fromTrustedProxy } from "@/lib/http/client-ip";
import { isJsonContentType, isMultipart, originVerdict } from "@/lib/http/csrf";
import { logRequest } from "@/lib/http/log";
import { REQUEST_ID_HEADER, requestIdFor } from "@/lib/http/request-id";
import { contentSecurityPolicy, HSTS, isHttpsDeployment, STATIC_SECURITY_HEADERS } from "@/lib/http/security-headers";

/**
 * The edge of every request (docs/decisions/0005-sessions-lockout-rate-limits.md, "The request edge"):
 * - a request id (a trusted proxy's, else new), passed on and returned as X-Request-Id;
 * - security headers and a CSP with a fresh nonce (Next.js reads it from the request header);
 * - for the JSON API: JSON 404 / 405 for unknown paths and methods, and for state-changing
 *   requests a JSON body (415) from this origin (403) — CSRF;
 * - a foreign-origin server action is refused here (403) rather than failing inside Next.js;
 * - no session, no app: pages go to the sign-in page, the API answers 401.
 * Whether the account may still act (disabled, moved, signed out elsewhere, password change
 * due) is the per-request gate, lib/auth/gate.ts, which every page, action and route runs.
 */
const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);
/** Answered without a session: sign-in, the API description, the health probes, published bulletins. */
const PUBLIC_PREFIXES = ["/signin", "/api/auth/", "/api/health", "/api/ready", ...PUBLIC_PREFIXES_PUBLISHED];

function isPublic(pathname: string): boolean {
  return PUBLIC_API_PATHS.has(pathname) || PUBLIC_PREFIXES.some((p) => pathname === p.replace(/\/$/, "") || pathname.startsWith(p));
}

export async function proxy(req: NextRequest) {
  const started = performance.now();
  const { pathname } = req.nextUrl;
  const requestId = requestIdFor(req.headers.get(REQUEST_ID_HEADER), fromTrustedProxy(req.headers));
  const isApi = pathname.startsWith("/api/");
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const https = isHttpsDeployment();
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development", https });

  const finish = (res: NextResponse, early: boolean): NextResponse => {
    for (const [k, v] of Object.entries(STATIC_SECURITY_HEADERS)) res.headers.set(k, v);
    res.headers.set("Content-Security-Policy", csp);
    res.headers.set("X-Request-Id", requestId);
    if (https) res.headers.set("Strict-Transport-Security", HSTS);
    if (isApi) res.headers.set("Cache-Control", "no-store");
    // Answers decided here are logged here; the others by the route or action that answers.
    if (early) logRequest({ requestId, method: req.method, route: pathname.startsWith("/api/v1") ? (routeOf(pathname)?.path ?? "unknown") : pathname, status: res.status, durationMs: performance.now() - started });
    return res;
  };
  const locale = () => resolveLocale(req.cookies.get(LOCALE_COOKIE)?.value, req.headers.get("accept-language"));
  const jsonError = (status: number, code: string, key: string, headers: Record<string, string> = {}) =>
    finish(NextResponse.json({ error: { code, message: translate(locale(), key), requestId } }, { status, headers }), true);

  if (pathname === "/api/v1" || pathname.startsWith("/api/v1/")) {
    const route = routeOf(pathname);
    if (!route) return jsonError(404, "NOT_FOUND", "errors.notFound");
    const allowed = allowedMethods(route);
    if (!allowed.includes(req.method)) {
      return jsonError(405, "METHOD_NOT_ALLOWED", "errors.methodNotAllowed", { Allow: allowed.join(", ") });
    }
    if (STATE_CHANGING.has(req.method)) {
      const hasBody = req.method !== "DELETE" || Number(req.headers.get("content-length") ?? 0) > 0 || req.headers.has("transfer-encoding");
      if (hasBody && !isJsonContentType(req.headers.get("content-type")) && !(route.upload && isMultipart(req.headers.get("content-type")))) {
        return jsonError(415, "UNSUPPORTED_MEDIA_TYPE", "errors.unsupportedMediaType");
      }
      if (originVerdict(req.headers) === "cross-origin") return jsonError(403, "FORBIDDEN", "errors.crossOrigin");
    }
  } else if (req.method === "POST" && req.headers.has("next-action") && originVerdict(req.headers) === "cross-origin") {
    // Next.js would refuse it too, but as a 500.
    return finish(new NextResponse("Forbidden: cross-origin request", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } }), true);
  }

  if (!isPublic(pathname)) {
    const token = await getToken({ req, secret: authSecret() });
    if (!token) {
      if (isApi) return jsonError(401, "UNAUTHENTICATED", "errors.unauthenticated");
      const url = req.nextUrl.clone();
      url.pathname = "/signin";
      url.search = "";
      return finish(NextResponse.redirect(url), true);
    }
  }

  const headers = new Headers(req.headers);
  headers.set(REQUEST_ID_HEADER, requestId);
  if (!isApi) headers.set("Content-Security-Policy", csp);
  return finish(NextResponse.next({ request: { headers } }), false);
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
