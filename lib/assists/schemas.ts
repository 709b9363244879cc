import { z } from "zod";
import { countyCodeField, optionalText, pageFields, versionField } from "@/lib/validation/fields";

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
