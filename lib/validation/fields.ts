// Reusable zod fields whose messages are catalogue keys (see validate.ts).
import { z } from "zod";
import { compareDates, isValidIsoDate } from "@/lib/isolation/dates";

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** YYYY-MM-DD; a well-formed but impossible day (2026-02-30) has its own message. */
export const dateField = z.string({ error: "errors.invalidDate" }).superRefine((value, ctx) => {
  if (!DATE_SHAPE.test(value)) ctx.addIssue({ code: "custom", message: "errors.invalidDate" });
  else if (!isValidIsoDate(value)) ctx.addIssue({ code: "custom", message: "registry.errors.dateImpossible", params: { value } });
});

/** Trimmed text with a column length: too long is refused, never truncated. */
export const text = (max: number) => z.string().trim().min(1, "errors.required").max(max);
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => (v === "" ? undefined : v))
    .optional();

export const uuidField = z.uuid({ error: "errors.invalidValue" });
export const versionField = z.number({ error: "errors.required" }).int().min(1);

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
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
};

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}
