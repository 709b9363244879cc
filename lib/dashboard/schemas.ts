import { z } from "zod";
import { dateField } from "@/lib/validation/fields";

/** GET /api/v1/dashboard?date= (defaults to today in the prefecture). */
export const countyFiguresSchema = z.object({ date: dateField.optional() });
export type CountyFiguresInput = z.input<typeof countyFiguresSchema>;
