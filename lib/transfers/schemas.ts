import { z } from "zod";
import { countyCodeField, optionalText, pageFields, text } from "@/lib/validation/fields";

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
