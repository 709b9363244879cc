import { NextResponse, type NextRequest } from "next/server";
import { AppError } from "@/lib/errors";
import { requireApiUser } from "@/lib/auth/current-user";
import type { SessionUser } from "@/lib/auth/user";
import { LOCALE_COOKIE, resolveLocale, type Locale } from "@/lib/i18n/config";
import { translate } from "@/lib/i18n/catalogue";

export function requestLocale(req: NextRequest): Locale {
  return resolveLocale(req.cookies.get(LOCALE_COOKIE)?.value, req.headers.get("accept-language"));
}

/** The one place where errors become HTTP answers: {error: {code, message, fields?}}. */
export function errorResponse(error: unknown, locale: Locale): NextResponse {
  if (error instanceof AppError) {
    const fields = error.fields.length
      ? error.fields.map((f) => ({ path: f.path, message: translate(locale, f.key, f.values) }))
      : undefined;
    return NextResponse.json(
      { error: { code: error.code, message: translate(locale, error.key, error.values), fields, ...error.details } },
      { status: error.status },
    );
  }
  console.error("[api] unexpected error", error);
  return NextResponse.json(
    { error: { code: "INTERNAL", message: translate(locale, "errors.unexpected") } },
    { status: 500 },
  );
}

/** Reads a JSON body; a body that is not JSON is a 400 with its own message. */
export async function readJson(req: NextRequest): Promise<unknown> {
  try {
    return await req.json();
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
 * Wraps a route handler: authenticates (401), runs it, and maps any error. Handlers then
 * only parse input and call one service.
 */
export function apiRoute<P extends Params = Params>(handler: Handler<P>) {
  return async (req: NextRequest, context: { params: Promise<P> }): Promise<NextResponse> => {
    const locale = requestLocale(req);
    try {
      const user = await requireApiUser();
      const params = (await context.params) ?? ({} as P);
      return await handler({ req, user, params, locale });
    } catch (error) {
      return errorResponse(error, locale);
    }
  };
}
