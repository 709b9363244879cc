import type { Bulletin } from "@/lib/generated/prisma/client";
import { fromDbDate } from "@/lib/calendar";
import type { BulletinFigures } from "./bulletin-figures";

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

function publicFields(b: Row) {
  return {
    id: b.id,
    date: fromDbDate(b.date),
    revision: b.revision,
    title: b.title,
    body: b.body,
    figures: b.figures as unknown as BulletinFigures,
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
