import type { NextRequest, NextResponse } from "next/server";
import type { Locale } from "@/lib/i18n/config";
import { apiHeaders, errorResponse, requestIdOf, requestLocale } from "./api";
import { routeOf } from "./api-routes";
import { logRequest } from "./log";

type Params = Record<string, string>;

/**
 * A route answered without a session (PUBLIC_API_PREFIXES in lib/http/api-routes.ts): no gate and
 * no user, otherwise like apiRoute — errors mapped in the request's language, no-store, the
 * request id, one log line. Only services that return nothing personal may sit behind it.
 */
export function publicRoute<P extends Params = Params>(handler: (ctx: { req: NextRequest; params: P; locale: Locale }) => Promise<NextResponse>) {
  return async (req: NextRequest, context: { params: Promise<P> }): Promise<NextResponse> => {
    const started = performance.now();
    const locale = requestLocale(req);
    const requestId = requestIdOf(req);
    const route = routeOf(req.nextUrl.pathname)?.path ?? req.nextUrl.pathname;
    let res: NextResponse;
    try {
      res = await handler({ req, params: (await context.params) ?? ({} as P), locale });
      for (const [k, v] of Object.entries(apiHeaders(requestId))) res.headers.set(k, v);
    } catch (error) {
      res = errorResponse(error, locale, requestId, route);
    }
    logRequest({ requestId, method: req.method, route, status: res.status, durationMs: performance.now() - started, userId: null });
    return res;
  };
}
