import { z } from "zod";
import { countyCodeField, dateField, PHASE_KIND_VALUES } from "@/lib/validation/fields";
import { countyOut, dateOut, intOut } from "@/lib/validation/answer-fields";

/** GET /api/v1/dashboard?date=&county= (date defaults to today in the prefecture). */
export const countyFiguresSchema = z.object({ date: dateField.optional(), county: countyCodeField.optional() });
export type CountyFiguresInput = z.input<typeof countyFiguresSchema>;

/** Longest series one request may ask for. */
export const MAX_SERIES_DAYS = 366;

/** GET /api/v1/dashboard/series?from=&to=&county=&byCounty=1 (default: the 28 days up to today). */
export const seriesSchema = z.object({
  from: dateField.optional(),
  to: dateField.optional(),
  county: countyCodeField.optional(),
  byCounty: z.enum(["0", "1", "true", "false"]).optional(),
});
export type SeriesInput = z.input<typeof seriesSchema>;

// ------------------------------------------------------------------ answers (on the wire)

const counts = <K extends string>(keys: readonly K[]) => z.strictObject(Object.fromEntries(keys.map((k) => [k, intOut])) as Record<K, typeof intOut>);
const ratio = z.number().min(0).max(1).nullable();
const CATEGORY_KEYS = ["CLOSE", "SECONDARY", "GENERAL", "total"] as const;
const CLASS_KEYS = ["CONFIRMED", "ASYMPTOMATIC", "total"] as const;

const dayFields = {
  newCases: counts(CLASS_KEYS),
  casesToDate: counts(CLASS_KEYS),
  contactsRegistered: counts(CATEGORY_KEYS),
  activeContacts: counts(CATEGORY_KEYS),
  phases: counts(PHASE_KIND_VALUES),
  tracing: z.strictObject({ closeContacts: intOut, within24h: intOut, share: ratio, medianHours: intOut.nullable() }),
  placement: z.strictObject({ closeContacts: intOut, within24h: intOut, share: ratio }),
  tests: z.strictObject({ due: intOut, done: intOut, open: intOut, completion: ratio }),
  testsOverdue: intOut,
  transfersDue: intOut,
  releasesDue: intOut,
  releases: intOut,
  becameCases: z.strictObject({ onDate: intOut, closeToDate: intOut, shareOfClose: ratio }),
  occupancy: intOut,
};

const figureFields = {
  ...dayFields,
  cases: counts(["CONFIRMED", "ASYMPTOMATIC", "total", "newOnDate"]),
  testsDue: intOut,
  sites: counts(["count", "capacity", "occupancy"]),
};

export const figuresSchema = z.strictObject({ date: dateOut, ...figureFields });

/** GET /api/v1/dashboard: counts only, no personal data. */
export const dashboardSchema = z.strictObject({
  date: dateOut,
  /** The county asked for (drill-down), or null for every county in scope. */
  county: countyOut.nullable(),
  counties: z.array(z.strictObject({ countyCode: countyOut, nameZh: z.string(), nameEn: z.string(), date: dateOut, ...figureFields })),
  totals: figuresSchema,
});

const pointSchema = z.strictObject({ date: dateOut, ...dayFields });

/** GET /api/v1/dashboard/series: one point per day, counts only. */
export const seriesAnswerSchema = z.strictObject({
  from: dateOut,
  to: dateOut,
  county: countyOut.nullable(),
  points: z.array(pointSchema),
  counties: z.array(z.strictObject({ countyCode: countyOut, nameZh: z.string(), nameEn: z.string(), points: z.array(pointSchema) })).optional(),
});
