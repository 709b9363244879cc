// Reusable zod fields whose messages are catalogue keys (see validate.ts).
import { z } from "zod";
import { compareDates, isValidIsoDate } from "@/lib/isolation/dates";

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The dates any record of this domain can carry (birth dates included). Beyond them a date is a
 * typo, and date arithmetic near year 9999 would overflow (RangeError) — refused here instead.
 */
export const MIN_DATE = "1900-01-01";
export const MAX_DATE = "2100-12-31";

/** YYYY-MM-DD within MIN_DATE..MAX_DATE; a well-formed but impossible day (2026-02-30) has its own message. */
export const dateField = z.string({ error: "errors.invalidDate" }).superRefine((value, ctx) => {
  if (!DATE_SHAPE.test(value)) ctx.addIssue({ code: "custom", message: "errors.invalidDate" });
  else if (!isValidIsoDate(value)) ctx.addIssue({ code: "custom", message: "registry.errors.dateImpossible", params: { value } });
  else if (value < MIN_DATE || value > MAX_DATE) ctx.addIssue({ code: "custom", message: "errors.dateOutOfRange", params: { min: MIN_DATE, max: MAX_DATE } });
});

/**
 * Control characters PostgreSQL refuses (NUL) or that no person types. Tab, line feed and
 * carriage return are allowed in multi-line text only. lib/validation/parse-input.ts applies
 * the multi-line rule to every string of every input, so schemas written with z.string() are
 * covered too; text() and optionalText() add the single-line rule.
 */
export const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
export const LINE_BREAKS_AND_TABS = /[\t\n\r]/;

function noControlChars(multiline: boolean) {
  return (value: string) => !CONTROL_CHARS.test(value) && (multiline || !LINE_BREAKS_AND_TABS.test(value));
}

export interface TextOptions {
  /** Line breaks and tabs allowed (notes, reasons typed in a text area). */
  multiline?: boolean;
}

/** Trimmed text with a column length: too long is refused, never truncated. */
export const text = (max: number, opts: TextOptions = {}) =>
  z.string().trim().min(1, "errors.required").max(max).refine(noControlChars(opts.multiline ?? false), "errors.controlCharacter");
export const optionalText = (max: number, opts: TextOptions = {}) =>
  z
    .string()
    .trim()
    .max(max)
    .refine(noControlChars(opts.multiline ?? false), "errors.controlCharacter")
    .transform((v) => (v === "" ? undefined : v))
    .optional();

/** PostgreSQL's integer column: larger values are refused as invalid input, never a 500. */
export const INT4_MAX = 2_147_483_647;

export const uuidField = z.uuid({ error: "errors.invalidValue" });
export const versionField = z.number({ error: "errors.required" }).int().min(1).max(INT4_MAX);
/** The version an editor read, for actions that also work without one (one-click task actions). */
export const optionalVersionField = z.number({ error: "errors.invalidValue" }).int().min(1).max(INT4_MAX).optional();

export const phoneField = z
  .string()
  .trim()
  .max(20)
  .regex(/^\+?[0-9][0-9 -]{2,19}$/, "registry.errors.phoneFormat");

export const countyCodeField = z.string().regex(/^\d{6}$/, "registry.errors.unknownCounty");

type Ctx = z.RefinementCtx;

/**
 * Cross-field checks run even when some field already failed, so a form (or a batch of 40
 * rows) gets every issue at once. Such checks must therefore treat their input as unknown.
 */
export const ALWAYS = { when: () => true } as const;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function isDate(value: unknown): value is string {
  return typeof value === "string" && isValidIsoDate(value);
}

/** Adds `key` at `path` when `date` is a valid date after `today`. */
export function notAfter(ctx: Ctx, date: unknown, today: string | undefined, path: PropertyKey[], key: string): void {
  if (today && isDate(date) && compareDates(date, today) > 0) {
    ctx.addIssue({ code: "custom", message: key, path, params: { today } });
  }
}

export const SEXES = ["MALE", "FEMALE"] as const;
export { ID_TYPES } from "@/lib/persons/identity";
export const EXPOSURE_SETTINGS = ["HOUSEHOLD", "WORKPLACE", "TRANSPORT", "MEAL", "MEDICAL", "SOCIAL", "SCHOOL", "OTHER"] as const;
export const PHASE_KIND_VALUES = ["CENTRALIZED_ISOLATION", "HOME_HEALTH_MONITORING", "HOME_ISOLATION", "MEDICAL_OBSERVATION"] as const;

export const pageFields = {
  // Bounded so that page × pageSize stays an integer PostgreSQL's OFFSET takes.
  page: z.coerce.number().int().min(1).max(Math.floor(INT4_MAX / 200)).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
};

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

/** A page whose total stops at a cap: `totalCapped` says there are more matches than `total` (docs/decisions/0027-capped-list-totals.md). */
export interface CappedPage<T> extends Page<T> {
  totalCapped: boolean;
}
