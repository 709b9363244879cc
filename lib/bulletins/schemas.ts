import { z } from "zod";
import { dateField, text, versionField } from "@/lib/validation/fields";
import { countyOut, dateOut, idOut, instantOut, intOut } from "@/lib/validation/answer-fields";
import { COUNT_KEYS } from "./bulletin-figures";

export const BULLETIN_STATUSES = ["DRAFT", "REVIEWED", "PUBLISHED"] as const;

export const createBulletinSchema = z.object({ date: dateField });
export const updateBulletinSchema = z.object({
  version: versionField,
  title: text(200),
  body: text(5000, { multiline: true }),
});
export const versionOnlySchema = z.object({ version: versionField });
export const correctBulletinSchema = z.object({ correctionNote: text(500, { multiline: true }) });
export type UpdateBulletinInput = z.input<typeof updateBulletinSchema>;

// ------------------------------------------------------------------ answers (on the wire)

const countFields = Object.fromEntries(COUNT_KEYS.map((k) => [k, intOut])) as Record<(typeof COUNT_KEYS)[number], typeof intOut>;

export const bulletinFiguresSchema = z.strictObject({
  date: dateOut,
  counties: z.array(z.strictObject({ countyCode: countyOut, nameZh: z.string(), nameEn: z.string(), ...countFields })),
  totals: z.strictObject(countFields),
});

const published = {
  id: idOut,
  date: dateOut,
  revision: intOut,
  title: z.string(),
  body: z.string(),
  figures: bulletinFiguresSchema,
  correctsId: idOut.nullable(),
  correctionNote: z.string().nullable(),
  correctedById: idOut.nullable(),
};

/** A published bulletin as anyone may read it: counts and the text, no accounts. */
export const publicBulletinSchema = z.strictObject({ ...published, publishedAt: instantOut });
export const publicBulletinListSchema = z.strictObject({ items: z.array(publicBulletinSchema) });

/** A bulletin in the workflow, as officials see it. */
export const bulletinSchema = z.strictObject({
  ...published,
  status: z.enum(BULLETIN_STATUSES),
  version: intOut,
  createdByName: z.string(),
  createdAt: instantOut,
  editedByName: z.string(),
  reviewedByName: z.string().nullable(),
  reviewedAt: instantOut.nullable(),
  selfReviewed: z.boolean(),
  publishedByName: z.string().nullable(),
  publishedAt: instantOut.nullable(),
});
export const bulletinListSchema = z.strictObject({ items: z.array(bulletinSchema) });
