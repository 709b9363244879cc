// Who a person is (docs/decisions/0004-identity-model.md): a document type plus its number,
// normalized so that the same card typed in different ways gives the same key. Pure.
import type { z } from "zod";
import { validateIdCard } from "@/lib/validation/id-card";

export const ID_TYPES = ["RESIDENT_ID", "PASSPORT", "OTHER"] as const;
export type IdType = (typeof ID_TYPES)[number];

// Zero-width characters arrive with text pasted from chat apps and web pages.
const INVISIBLE = /[\s\u200b-\u200d\u2060\ufeff]/g;

/**
 * The number as stored and compared: NFKC folds full-width digits, letters and spaces (as an
 * IME types them: "５１３２…ｘ", U+3000) to ASCII; whitespace goes; letters are upper-case (a
 * resident ID's check character is X, never x).
 */
export function normalizeDocumentNumber(raw: string): string {
  return raw.normalize("NFKC").replace(INVISIBLE, "").toUpperCase();
}

/** A phone number as stored and compared: full-width digits folded, spaces and dashes gone. */
export function normalizePhone(raw: string): string {
  return raw.normalize("NFKC").replace(/[\s\u200b-\u200d\u2060\ufeff\-()（）]/g, "");
}

/**
 * Names compare without surrounding or doubled spaces and with full-width letters and spaces
 * folded. Line breaks and control characters are left for validation to refuse.
 */
export function normalizeName(raw: string): string {
  return raw.normalize("NFKC").replace(/ {2,}/g, " ").trim();
}

/** The key that identifies a person across counties: `RESIDENT_ID:513201199001010016`. */
export function identityKeyOf(idType: IdType | null | undefined, idNumber: string | null | undefined): string | null {
  if (!idNumber) return null;
  return `${idType ?? "RESIDENT_ID"}:${idNumber}`;
}

const ID_CARD_KEYS = {
  FORMAT: "registry.errors.idCardFormat",
  CHECK_DIGIT: "registry.errors.idCardCheckDigit",
  BIRTH_DATE: "registry.errors.idCardBirthDate",
} as const;

/**
 * Adds an issue at `path` when a resident ID number (idType RESIDENT_ID, the default) fails
 * GB 11643 after normalization — e.g. a passport number typed in the resident-ID column.
 * Other documents only need to be non-empty. Takes unknown input: cross-field checks run
 * even when other fields failed (lib/validation/fields.ts ALWAYS).
 */
export function checkDocument(ctx: z.RefinementCtx, idType: unknown, idNumber: unknown, path: PropertyKey[], today: string | undefined): void {
  if (typeof idNumber !== "string" || (idType ?? "RESIDENT_ID") !== "RESIDENT_ID") return;
  const result = validateIdCard(normalizeDocumentNumber(idNumber), today ? { today } : {});
  if (!result.ok) ctx.addIssue({ code: "custom", message: ID_CARD_KEYS[result.reason], path });
}

/** Sex and birth date encoded in a valid resident ID number, or null. */
export function residentIdFacts(idType: IdType | null | undefined, idNumber: string | null | undefined): { sex: "MALE" | "FEMALE"; birthDate: string } | null {
  if (!idNumber || (idType ?? "RESIDENT_ID") !== "RESIDENT_ID") return null;
  const result = validateIdCard(idNumber);
  return result.ok ? { sex: result.sex, birthDate: result.birthDate } : null;
}

/**
 * Two rows of one batch that would be the same person (same document, or — without one — the
 * same name and phone): a batch may not register one person twice. Takes raw input.
 */
export function rowPersonKey(row: { idType?: unknown; idNumber?: unknown; name?: unknown; phone?: unknown }): string | null {
  if (typeof row.idNumber === "string" && row.idNumber.trim()) {
    return `id:${identityKeyOf((row.idType as IdType | undefined) ?? "RESIDENT_ID", normalizeDocumentNumber(row.idNumber))}`;
  }
  if (typeof row.phone === "string" && row.phone.trim() && typeof row.name === "string") {
    return `np:${normalizeName(row.name)}\u0000${normalizePhone(row.phone)}`;
  }
  return null;
}
