import { z } from "zod";
import { uuidField } from "@/lib/validation/fields";

/** Notices per print: a large household or a case's contacts, not a whole county. */
export const MAX_NOTICES = 200;
export const NOTICE_CHOICES = ["auto", "isolation", "risk", "release"] as const;
export type NoticeChoice = (typeof NOTICE_CHOICES)[number];

/** /notices/print?kind=&id=…&id=… or ?kind=&case=… */
export const printNoticesSchema = z
  .object({
    kind: z.enum(NOTICE_CHOICES).default("auto"),
    ids: z.array(uuidField).max(MAX_NOTICES).default([]),
    caseId: uuidField.optional(),
  })
  .refine((v) => v.ids.length > 0 || v.caseId, { path: ["ids"], message: "errors.required" });
export type PrintNoticesInput = z.input<typeof printNoticesSchema>;

export const recordRiskNoticesSchema = z.object({ ids: z.array(uuidField).min(1).max(MAX_NOTICES) });
