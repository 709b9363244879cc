// Mainland resident identity card numbers (居民身份证号), GB 11643-1999: 6-digit region code,
// 8-digit birth date, 3-digit sequence (odd = male), 1 check character.
import { z } from "zod";
import { isValidIsoDate } from "@/lib/isolation/dates";

export type IdCardFailure = "FORMAT" | "CHECK_DIGIT" | "BIRTH_DATE";
export type IdCardResult =
  | { ok: true; idNumber: string; birthDate: string; sex: "MALE" | "FEMALE" }
  | { ok: false; reason: IdCardFailure };

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = "10X98765432";
const FORMAT_RE = /^\d{17}[\dX]$/;
// Anything earlier is certainly a typo; later than "today" is checked only when the caller
// supplies today, because validation must not read a clock.
const EARLIEST_BIRTH = "1850-01-01";

/** The check character for the first 17 digits (ISO 7064 MOD 11-2). */
export function idCardCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < WEIGHTS.length; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS[sum % 11] ?? "";
}

/**
 * Validates an 18-character number. A lowercase trailing x is accepted and normalized to X
 * (returned as `idNumber`). Surrounding whitespace is not trimmed here: that is the form
 * layer's job, and silently accepting it would hide a bug at the boundary.
 * The check digit is tested before the birth date: a typo almost always breaks the check
 * digit, so CHECK_DIGIT is the more useful message; BIRTH_DATE then means a number whose
 * check digit is right but which cannot have been issued.
 */
export function validateIdCard(id: unknown, options: { today?: string } = {}): IdCardResult {
  if (typeof id !== "string" || id.length !== 18) return { ok: false, reason: "FORMAT" };
  const idNumber = id.slice(0, 17) + id.slice(17).toUpperCase();
  if (!FORMAT_RE.test(idNumber)) return { ok: false, reason: "FORMAT" };
  if (idCardCheckChar(idNumber) !== idNumber[17]) return { ok: false, reason: "CHECK_DIGIT" };

  const birthDate = `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
  if (!isValidIsoDate(birthDate) || birthDate < EARLIEST_BIRTH) return { ok: false, reason: "BIRTH_DATE" };
  if (options.today !== undefined && !isValidIsoDate(options.today)) {
    throw new RangeError(`options.today is not a YYYY-MM-DD date: ${options.today}`);
  }
  // Both are valid zero-padded ISO dates here, so string order is date order.
  if (options.today !== undefined && birthDate > options.today) return { ok: false, reason: "BIRTH_DATE" };

  const sex = Number(idNumber[16]) % 2 === 1 ? "MALE" : "FEMALE";
  return { ok: true, idNumber, birthDate, sex };
}

const ID_CARD_MESSAGES: Record<IdCardFailure, string> = {
  FORMAT: "idCard.format",
  CHECK_DIGIT: "idCard.checkDigit",
  BIRTH_DATE: "idCard.birthDate",
};

/** Parses to the normalized number (uppercase X); errors carry an i18n message key. */
export const idCardSchema = z.string({ error: ID_CARD_MESSAGES.FORMAT }).transform((value, ctx) => {
  const result = validateIdCard(value);
  if (result.ok) return result.idNumber;
  ctx.addIssue({ code: "custom", message: ID_CARD_MESSAGES[result.reason] });
  return z.NEVER;
});
