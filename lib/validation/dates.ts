import { z } from "zod";
import { isValidIsoDate } from "@/lib/isolation/dates";

/** Message keys, not prose: the i18n layer turns them into the user's language. */
export const DATE_INVALID = "date.invalid";

/** A real calendar date written exactly `YYYY-MM-DD` (no time, no 2026-02-30). */
export const isoDateSchema = z
  .string({ error: DATE_INVALID })
  .refine((value) => isValidIsoDate(value), { error: DATE_INVALID });
