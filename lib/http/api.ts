import { randomUUID } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import { AppError } from "@/lib/errors";
import { requireApiUser, type GateOptions } from "@/lib/auth/current-user";
import type { SessionUser } from "@/lib/auth/user";
import { LOCALE_COOKIE, resolveLocale, type Locale } from "@/lib/i18n/config";
import { translate } from "@/lib/i18n/catalogue";
import { routeOf } from "./api-routes";
import { readBodyCapped } from "./read-body";
import { logRequest, logUnexpected } from "./log";
import { toAppError } from "./map-error";
import { LIMITS, RateLimited, take } from "./rate-limit";
import { REQUEST_ID_HEADER } from "./request-id";

export function requestLocale(req: NextRequest): Locale {
  return resolveLocale(req.cookies.get(LOCALE_COOKIE)?.value, req.headers.get("accept-language"));
}

/** The id proxy.ts gave this request (a fresh one if the proxy did not run, e.g. in tests). */
export function requestIdOf(req: { headers: Headers }): string {
  return req.headers.get(REQUEST_ID_HEADER) ?? randomUUID();
}

/** Headers of every API answer: no cache may keep personal data. */
export function apiHeaders(requestId: string, extra: Record<string, string> = {}): Record<string, string> {
  return { "Cache-Control": "no-store", [REQUEST_ID_HEADER]: requestId, ...extra };
}

/**
 * The one place where errors become HTTP answers: {error: {code, message, fields?, requestId}}.
 * Unexpected errors are logged with the request id and answer a generic message.
 */
export function errorResponse(error: unknown, locale: Locale, requestId: string = randomUUID(), route = "?"): NextResponse {
  const known = toAppError(error);
  if (known) {
    const fields = known.fields.length
      ? known.fields.map((f) => ({ path: f.path, message: translate(locale, f.key, f.values) }))
      : undefined;
    const extra: Record<string, string> = known instanceof RateLimited ? { "Retry-After": String(known.retryAfterSeconds) } : {};
    return NextResponse.json(
      { error: { code: known.code, message: translate(locale, known.key, known.values), fields, ...known.details, requestId } },
      { status: known.status, headers: apiHeaders(requestId, extra) },
    );
  }
  logUnexpected(error, { requestId, route });
  return NextResponse.json(
    { error: { code: "INTERNAL", message: translate(locale, "errors.unexpected"), requestId } },
    { status: 500, headers: apiHeaders(requestId) },
  );
}

/** JSON bodies above this answer 413; a route that takes larger ones (an import) passes its own. */
export const MAX_JSON_BYTES = 1024 * 1024;

/**
 * Reads a JSON body of at most `maxBytes` (413 beyond, checked on the declared length and again
 * while reading, since a chunked body declares none); a body that is not JSON is a 400.
 */
export async function readJson(req: NextRequest, opts: { maxBytes?: number } = {}): Promise<unknown> {
  const max = opts.maxBytes ?? MAX_JSON_BYTES;
  const tooLarge = () => new AppError("PAYLOAD_TOO_LARGE", "errors.payloadTooLarge", { max: Math.floor(max / 1024) });
  const body = await readBodyCapped(req, max, tooLarge);
  try {
    return JSON.parse(body.toString("utf8"));
  } catch {
    throw new AppError("VALIDATION", "errors.malformedJson");
  }
}

type Params = Record<string, string>;
type Handler<P extends Params> = (ctx: {
  req: NextRequest;
  user: SessionUser;
  params: P;
  locale: Locale;
}) => Promise<NextResponse>;

/**
 * Wraps a route handler: the account gate (401, or 403 PASSWORD_CHANGE_REQUIRED), the per-account
 * rate limit (429), then the handler, mapping any error; every answer carries no-store and the
 * request id, and one log line (route, status, user id, duration — no personal data).
 */
export function apiRoute<P extends Params = Params>(handler: Handler<P>, opts: GateOptions = {}) {
  return async (req: NextRequest, context: { params: Promise<P> }): Promise<NextResponse> => {
    const started = performance.now();
    const locale = requestLocale(req);
    const requestId = requestIdOf(req);
    const route = routeOf(req.nextUrl.pathname)?.path ?? req.nextUrl.pathname;
    let userId: string | null = null;
    let res: NextResponse;
    try {
      const user = await requireApiUser(opts);
      userId = user.id;
      await take(LIMITS.api(), user.id);
      const params = (await context.params) ?? ({} as P);
      res = await handler({ req, user, params, locale });
      for (const [k, v] of Object.entries(apiHeaders(requestId))) res.headers.set(k, v);
    } catch (error) {
      res = errorResponse(error, locale, requestId, route);
    }
    logRequest({ requestId, method: req.method, route, status: res.status, durationMs: performance.now() - started, userId });
    return res;
  };
}
