import { getLocale } from "next-intl/server";
import { AppError } from "@/lib/errors";
import { requireApiUser } from "@/lib/auth/current-user";
import type { SessionUser } from "@/lib/auth/user";
import { translate } from "@/lib/i18n/catalogue";

/**
 * What every server action answers. Errors come translated, with a message per field path
 * ("contacts.3.idNumber"), so forms can keep what was typed and mark the bad fields.
 */
export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; code: string; message: string; fields: Record<string, string>; details?: Record<string, unknown> };

/** Authenticates, runs the service call, and turns any error into an ActionResult. */
export async function runAction<T>(fn: (user: SessionUser) => Promise<T>): Promise<ActionResult<T>> {
  const locale = await getLocale();
  try {
    const user = await requireApiUser();
    return { ok: true, data: await fn(user) };
  } catch (error) {
    if (error instanceof AppError) {
      const fields: Record<string, string> = {};
      for (const f of error.fields) fields[f.path] ??= translate(locale, f.key, f.values);
      const details = Object.keys(error.details).length ? { details: error.details } : {};
      return { ok: false, code: error.code, message: translate(locale, error.key, error.values), fields, ...details };
    }
    console.error("[action] unexpected error", error);
    return { ok: false, code: "INTERNAL", message: translate(locale, "errors.unexpected"), fields: {} };
  }
}
