// Reading bulletins: officials see every one with its status; anyone (signed out included) sees
// the published ones only, newest first, counts and text only.
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/user";
import { notFound } from "@/lib/errors";
import { Prisma, readDb } from "@/lib/db";
import { readRows } from "@/lib/db-read";
import type { Bulletin } from "@/lib/generated/prisma/client";
import { dbFor, type ServiceOptions } from "@/lib/transaction";
import { bulletinView, publicBulletinView, type BulletinView, type PublicBulletin } from "./bulletin-view";

const WITH_CORRECTION = { correctedBy: { select: { id: true } } } as const;
const isUuid = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
/** The public list is bounded: the latest bulletins (a year of daily ones and their corrections). */
export const PUBLIC_LIST_LIMIT = 400;

export async function listBulletins(user: SessionUser, opts?: ServiceOptions): Promise<BulletinView[]> {
  assertCan(user, "bulletin:manage");
  const rows = await dbFor(opts).bulletin.findMany({ orderBy: [{ date: "desc" }, { revision: "desc" }], take: 200, include: WITH_CORRECTION });
  return rows.map(bulletinView);
}

export async function getBulletin(user: SessionUser, id: string, opts?: ServiceOptions): Promise<BulletinView> {
  assertCan(user, "bulletin:manage");
  if (!isUuid(id)) throw notFound();
  const row = await dbFor(opts).bulletin.findUnique({ where: { id }, include: WITH_CORRECTION });
  if (!row) throw notFound();
  return bulletinView(row);
}

// The public reads are signed out and the most frequent: one SQL statement each (the query
// builder's relation include cost ten times the statement; scripts/bench/dashboard.ts), read
// through pg directly (lib/db-read.ts).
type PublishedRow = Bulletin & { correctedById: string | null };
/** The published bulletins under `where`, newest first (the benchmark sends it as raw SQL too). */
export const publishedSql = (where: Prisma.Sql, limit: number) => Prisma.sql`
  SELECT b.*, (SELECT c."id" FROM "Bulletin" c WHERE c."correctsId" = b."id" LIMIT 1) AS "correctedById"
  FROM "Bulletin" b WHERE b."status" = 'PUBLISHED' AND ${where}
  ORDER BY b."date" DESC, b."revision" DESC LIMIT ${limit}`;
const asRow = ({ correctedById, ...b }: PublishedRow) => ({ ...b, correctedBy: correctedById ? { id: correctedById } : null });

export async function listPublishedBulletins(opts?: ServiceOptions): Promise<PublicBulletin[]> {
  const rows = await readRows<PublishedRow>(opts?.db ?? readDb(), publishedSql(Prisma.sql`true`, PUBLIC_LIST_LIMIT));
  return rows.map((r) => publicBulletinView(asRow(r)));
}

/** One published bulletin; a draft or an unknown id is not found. */
export async function getPublishedBulletin(id: string, opts?: ServiceOptions): Promise<PublicBulletin> {
  if (!isUuid(id)) throw notFound();
  const [row] = await readRows<PublishedRow>(opts?.db ?? readDb(), publishedSql(Prisma.sql`b."id" = ${id}::uuid`, 1));
  if (!row) throw notFound();
  return publicBulletinView(asRow(row));
}
