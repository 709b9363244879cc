import { z } from "zod";
import { dateField, PHASE_KIND_VALUES } from "@/lib/validation/fields";
import { countyOut, dateOut, intOut } from "@/lib/validation/answer-fields";

/** GET /api/v1/dashboard?date= (defaults to today in the prefecture). */
export const countyFiguresSchema = z.object({ date: dateField.optional() });
export type CountyFiguresInput = z.input<typeof countyFiguresSchema>;

// ------------------------------------------------------------------ answers (on the wire)

const counts = <K extends string>(keys: readonly K[]) => z.strictObject(Object.fromEntries(keys.map((k) => [k, intOut])) as Record<K, typeof intOut>);

const figureFields = {
  cases: counts(["CONFIRMED", "ASYMPTOMATIC", "total", "newOnDate"]),
  activeContacts: counts(["CLOSE", "SECONDARY", "GENERAL", "total"]),
  phases: counts(PHASE_KIND_VALUES),
  testsDue: intOut,
  testsOverdue: intOut,
  transfersDue: intOut,
  releasesDue: intOut,
  sites: counts(["count", "capacity", "occupancy"]),
};

export const figuresSchema = z.strictObject(figureFields);

/** GET /api/v1/dashboard: counts only, no personal data. */
export const dashboardSchema = z.strictObject({
  date: dateOut,
  counties: z.array(z.strictObject({ countyCode: countyOut, nameZh: z.string(), nameEn: z.string(), ...figureFields })),
  totals: figuresSchema,
});
