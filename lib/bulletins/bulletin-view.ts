import type { Bulletin } from "@/lib/generated/prisma/client";
import { fromDbDate } from "@/lib/calendar";
import { COUNT_KEYS, type BulletinFigures } from "./bulletin-figures";

type Row = Bulletin & { correctedBy?: { id: string } | null };

/** A bulletin as officials see it in the workflow: status, who wrote, reviewed and published. */
export function bulletinView(b: Row) {
  return {
    ...publicFields(b),
    status: b.status,
    version: b.version,
    createdByName: b.createdByName,
    createdAt: b.createdAt,
    editedByName: b.editedByName,
    reviewedByName: b.reviewedByName,
    reviewedAt: b.reviewedAt,
    /** Reviewed by the person who last edited the text (allowed only with no other official). */
    selfReviewed: b.reviewedById !== null && b.reviewedById === b.editedById,
    publishedByName: b.publishedByName,
    publishedAt: b.publishedAt,
  };
}
export type BulletinView = ReturnType<typeof bulletinView>;

/**
 * Figures as stored when the bulletin was generated; a count added to bulletins later (e.g.
 * `released`) reads as 0 in a bulletin generated before it existed, never as missing.
 */
function withAllCounts(f: BulletinFigures): BulletinFigures {
  const fill = <T extends object>(c: T): T => ({ ...Object.fromEntries(COUNT_KEYS.map((k) => [k, 0])), ...c });
  return { ...f, counties: f.counties.map(fill), totals: fill(f.totals) };
}

function publicFields(b: Row) {
  return {
    id: b.id,
    date: fromDbDate(b.date),
    revision: b.revision,
    title: b.title,
    body: b.body,
    figures: withAllCounts(b.figures as unknown as BulletinFigures),
    correctsId: b.correctsId,
    correctionNote: b.correctionNote,
    correctedById: b.correctedBy?.id ?? null,
  };
}

/** A published bulletin for the public: the text and the counts, nothing about accounts. */
export function publicBulletinView(b: Row) {
  return { ...publicFields(b), publishedAt: b.publishedAt! };
}
export type PublicBulletin = ReturnType<typeof publicBulletinView>;
