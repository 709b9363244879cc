import { z } from "zod";
import { dateField, optionalText, phoneField, SEXES, text } from "@/lib/validation/fields";
import { ID_TYPES, normalizeDocumentNumber, normalizeName, normalizePhone, type IdType } from "./identity";

/**
 * The person fields shared by case and contact registration (column lengths of Person).
 * Document numbers, phones and names are normalized before they are checked, so a full-width
 * or lower-case number is the same number (lib/persons/identity.ts).
 */
export const personFields = {
  name: z.string().transform(normalizeName).pipe(text(50)),
  sex: z.enum(SEXES).optional(),
  birthDate: dateField.optional(),
  idType: z.enum(ID_TYPES).optional(),
  idNumber: z.string().transform(normalizeDocumentNumber).pipe(z.string().min(1, "errors.required").max(30)).optional(),
  phone: z.string().transform(normalizePhone).pipe(phoneField).optional(),
  address: optionalText(200),
};

export interface PersonInput {
  name: string;
  sex?: "MALE" | "FEMALE";
  birthDate?: string;
  idType?: IdType;
  idNumber?: string;
  phone?: string;
  address?: string;
}

/**
 * What the user decided about a match shown before saving (docs/domain.md "Identity and
 * privacy"): MERGE a registration of someone already under a plan in this county into that
 * plan as a re-exposure; NEW_PERSON when a name + phone suggestion is someone else; or
 * `personId` to say which of this county's records the row is.
 */
export const ON_DUPLICATE = ["MERGE", "NEW_PERSON"] as const;
export type OnDuplicate = (typeof ON_DUPLICATE)[number];
export const decisionFields = {
  onDuplicate: z.enum(ON_DUPLICATE).optional(),
  personId: z.uuid({ error: "errors.invalidValue" }).optional(),
};
