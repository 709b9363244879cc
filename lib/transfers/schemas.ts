import { z } from "zod";
import { countyCodeField, optionalText, pageFields, text } from "@/lib/validation/fields";
import { countyOut, dateOut, idOut, instantOut, pageOf } from "@/lib/validation/answer-fields";
import { personViewSchema } from "@/lib/persons/schemas";

/** POST /api/v1/contacts/{id}/transfer */
export const requestTransferSchema = z.object({
  toCountyCode: countyCodeField,
  reason: text(500),
});
export type RequestTransferInput = z.input<typeof requestTransferSchema>;

/** POST /api/v1/transfers/{id}/answer */
export const answerTransferSchema = z.object({
  accept: z.boolean({ error: "errors.required" }),
  note: optionalText(500),
});
export type AnswerTransferInput = z.input<typeof answerTransferSchema>;

/** GET /api/v1/transfers?direction=&status= */
export const listTransfersSchema = z.object({
  direction: z.enum(["INCOMING", "OUTGOING"]).optional(),
  status: z.enum(["OPEN", "ACCEPTED", "DECLINED", "CANCELLED"]).optional(),
  ...pageFields,
});
export type ListTransfersInput = z.input<typeof listTransfersSchema>;

// ------------------------------------------------------------------ answers (on the wire)

/**
 * A transfer as the viewer's county sees it: the holder sees its record; the receiving county,
 * before accepting, the person masked; the sender, after the hand-over, nobody.
 */
export const transferViewSchema = z.strictObject({
  id: idOut,
  direction: z.enum(["INCOMING", "OUTGOING", "OVERSIGHT"]),
  contactId: idOut.nullable(),
  fromCountyCode: countyOut,
  toCountyCode: countyOut,
  category: z.enum(["CLOSE", "SECONDARY", "GENERAL"]),
  releaseDate: dateOut.nullable(),
  reason: z.string().nullable(),
  person: z.union([personViewSchema, z.strictObject({ name: z.string(), idNumber: z.string().nullable(), masked: z.boolean() })]).nullable(),
  requestedByName: z.string(),
  requestedAt: instantOut,
  status: z.enum(["OPEN", "ACCEPTED", "DECLINED", "CANCELLED"]),
  answeredByName: z.string().nullable(),
  answeredAt: instantOut.nullable(),
  answerNote: z.string().nullable(),
});

export const transferPageSchema = pageOf(transferViewSchema);
