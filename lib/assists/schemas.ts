import { z } from "zod";
import { countyCodeField, EXPOSURE_SETTINGS, optionalText, pageFields, versionField } from "@/lib/validation/fields";
import { countyOut, dateOut, idOut, instantOut, intOut, pageOf } from "@/lib/validation/answer-fields";
import { personViewSchema } from "@/lib/persons/schemas";

export const ASSIST_ANSWERS = ["SAME_PERSON", "NOT_SAME_PERSON"] as const;

/** POST /api/v1/assists/{id}/answer: the receiving county's answer to a 协查. */
export const answerAssistSchema = z.object({
  answer: z.enum(ASSIST_ANSWERS),
  /** SAME_PERSON: which county manages the person from now on (default: the answering county). */
  managingCountyCode: countyCodeField.optional(),
  /** Kept with the answering county only: a note may hold personal data. */
  note: optionalText(500),
  version: versionField.optional(),
});
export type AnswerAssistInput = z.input<typeof answerAssistSchema>;

/** GET /api/v1/assists?direction=&status= */
export const listAssistsSchema = z.object({
  direction: z.enum(["INCOMING", "OUTGOING"]).optional(),
  status: z.enum(["OPEN", "SAME_PERSON", "NOT_SAME_PERSON"]).optional(),
  ...pageFields,
});
export type ListAssistsInput = z.input<typeof listAssistsSchema>;

// ------------------------------------------------------------------ answers (on the wire)

const DIRECTIONS = ["INCOMING", "OUTGOING", "OVERSIGHT"] as const;

/** A 协查 as the viewer's county sees it: its own record only, never the other county's. */
export const assistViewSchema = z.strictObject({
  id: idOut,
  direction: z.enum(DIRECTIONS),
  fromCountyCode: countyOut,
  toCountyCode: countyOut,
  subject: z.enum(["CONTACT", "CASE"]),
  exposure: z.strictObject({
    category: z.enum(["CLOSE", "SECONDARY", "GENERAL"]).nullable(),
    lastExposureDate: dateOut.nullable(),
    identifiedDate: dateOut.nullable(),
    exposureSetting: z.enum(EXPOSURE_SETTINGS).nullable(),
    sourceKind: z.string().nullable(),
    sourceDate: dateOut.nullable(),
  }),
  requestedByName: z.string(),
  requestedAt: instantOut,
  status: z.enum(["OPEN", ...ASSIST_ANSWERS]),
  managingCountyCode: countyOut.nullable(),
  answeredByName: z.string().nullable(),
  answeredAt: instantOut.nullable(),
  answerNote: z.string().nullable(),
  own: z.strictObject({ person: personViewSchema, contactId: idOut.nullable(), caseId: idOut.nullable() }).nullable(),
  version: intOut,
});

export const assistPageSchema = pageOf(assistViewSchema);
