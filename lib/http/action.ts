import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { requireApiUser, type GateOptions } from "@/lib/auth/current-user";
import type { SessionUser } from "@/lib/auth/user";
import { translate } from "@/lib/i18n/catalogue";
import { logRequest, logUnexpected } from "./log";
import { toAppError } from "./map-error";
import { REQUEST_ID_HEADER } from "./request-id";

/**
 * What every server action answers. Errors come translated, with a message per field path
 * ("contacts.3.idNumber"), so forms can keep what was typed and mark the bad fields.
 */
export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; code: string; message: string; fields: Record<string, string>; requestId?: string; details?: Record<string, unknown> };

/**
 * Runs the account gate (the same as pages and the API: 401, or PASSWORD_CHANGE_REQUIRED unless
 * `allowPasswordChange`), then the service call, and turns any error into an ActionResult.
 */
export async function runAction<T>(fn: (user: SessionUser) => Promise<T>, opts: GateOptions = {}): Promise<ActionResult<T>> {
  const started = performance.now();
  const locale = await getLocale();
  const h = await headers();
  const requestId = h.get(REQUEST_ID_HEADER) ?? undefined;
  const route = `action ${h.get("next-url") ?? ""}`.trim();
  let userId: string | null = null;
  let result: ActionResult<T>;
  let status = 200;
  try {
    const user = await requireApiUser(opts);
    userId = user.id;
    result = { ok: true, data: await fn(user) };
  } catch (error) {
    const known = toAppError(error);
    if (known) {
      const fields: Record<string, string> = {};
      for (const f of known.fields) fields[f.path] ??= translate(locale, f.key, f.values);
      status = known.status;
      const details = Object.keys(known.details).length ? { details: known.details } : {};
      result = { ok: false, code: known.code, message: translate(locale, known.key, known.values), fields, requestId, ...details };
    } else {
      status = 500;
      logUnexpected(error, { requestId: requestId ?? null, route, userId });
      result = { ok: false, code: "INTERNAL", message: translate(locale, "errors.unexpected"), fields: {}, requestId };
    }
  }
  logRequest({ requestId: requestId ?? null, method: "POST", route, status, durationMs: performance.now() - started, userId });
  return result;
}
