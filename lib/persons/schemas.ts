import { z } from "zod";
import { dateField, optionalText, phoneField, SEXES, text } from "@/lib/validation/fields";
import { countyOut, dateOut, hiddenOut, idOut, intOut } from "@/lib/validation/answer-fields";
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

// ------------------------------------------------------------------ answers (on the wire)

export const personViewSchema = z
  .strictObject({
    id: idOut,
    name: z.string(),
    sex: z.enum(SEXES).nullable(),
    birthDate: dateOut.nullable(),
    idType: z.enum(ID_TYPES),
    idNumber: z.string().nullable(),
    phone: z.string().nullable(),
    address: z.string().nullable(),
    masked: z.boolean(),
    hidden: hiddenOut,
  })
  .meta({ description: "Roles without personal:full (prefecture officials) get the name initial, the last 4 of ID number and phone, no birth date or address (listed in `hidden`)." });

export const MATCH_KINDS = ["OPEN_CASE", "ACTIVE_PLAN", "HISTORY", "OTHER_COUNTY", "POSSIBLE"] as const;

export const personMatchSchema = z
  .strictObject({
    kind: z.enum(MATCH_KINDS),
    personId: idOut.optional(),
    caseId: idOut.optional(),
    contactId: idOut.optional(),
    category: z.enum(["CLOSE", "SECONDARY", "GENERAL"]).optional(),
    releaseDate: dateOut.nullable().optional(),
    countyCode: countyOut.optional(),
    record: z
      .strictObject({
        name: z.string(),
        sex: z.enum(SEXES).nullable(),
        birthDate: dateOut.nullable(),
        idType: z.enum(ID_TYPES),
        idNumber: z.string().nullable(),
        phone: z.string().nullable(),
      })
      .optional(),
    differences: z.array(z.string()).optional(),
    state: z.enum(["OPEN_CASE", "ACTIVE_PLAN", "HISTORY"]).optional(),
  })
  .meta({ description: "OTHER_COUNTY carries only the managing county's code; the other kinds describe a record of the user's own county." });

export const rowMatchesSchema = z.strictObject({
  row: intOut,
  path: z.string(),
  matches: z.array(personMatchSchema),
  needs: z.array(z.enum(["MERGE", "NEW_PERSON_OR_PERSON_ID"])).optional(),
  refused: z.enum(["ALREADY_A_CASE", "ACTIVE_CONTACT", "PERSON_CONFLICT"]).optional(),
});

/** POST …/check: what registering would find, per row; nothing is written. */
export const matchesCheckSchema = z.strictObject({ matches: z.array(rowMatchesSchema) });

/** A 协查 opened because another county manages the person. */
export const openedAssistSchema = z.strictObject({ countyCode: countyOut, assistRequestId: idOut });

/** POST /api/v1/persons/merge */
export const personMergeSchema = z.strictObject({ person: personViewSchema, mergedPersonId: idOut });
