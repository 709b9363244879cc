import type { SessionUser } from "@/lib/auth/user";
import { Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { seesFull } from "@/lib/privacy/mask";

/** Shorter queries than this are looked up in the name's pieces (Person.nameGrams). */
export const SHORT_QUERY = 3;

/**
 * The `q` filter over name, ID number and phone. Searching personal data is itself a read of
 * it, so roles that only see masked data may not search by it.
 *
 * One or two characters — a surname, or a surname and the first character of the given name,
 * the commonest search of a Chinese name — are matched against the name's one- and
 * two-character pieces, which a GIN index serves; trigram indexes need three characters, and
 * without one such a search read every name of the county (0.6–0.9 s at a million contacts).
 * A fragment that short of a document or phone number matches almost everyone and finds no one
 * in particular, so it searches names only (docs/decisions/0029-short-name-search.md).
 */
export function personSearch(user: SessionUser, q: string): Prisma.PersonWhereInput {
  if (!seesFull(user)) throw new AppError("FORBIDDEN", "errors.forbidden");
  if ([...q].length < SHORT_QUERY) return { nameGrams: { has: q.toLowerCase() } };
  return {
    OR: [
      { name: { contains: q, mode: "insensitive" } },
      { idNumber: { contains: q.toUpperCase() } },
      { phone: { contains: q } },
    ],
  };
}

/** `q` as a LIKE pattern matching it anywhere, its own `\\`, `%` and `_` taken literally. */
export function containsPattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

/**
 * `personSearch` in raw SQL over the person row `alias`, for the list statements written by hand
 * (docs/decisions/0031-list-pages-in-one-statement.md). The same indexes answer: `nameGrams @>`
 * the GIN index of name pieces, `ILIKE`/`LIKE` the trigram indexes. Unlike the query builder's
 * `contains`, `%` and `_` in the query match themselves.
 */
export function personSearchSql(user: SessionUser, q: string, alias: string): Prisma.Sql {
  if (!seesFull(user)) throw new AppError("FORBIDDEN", "errors.forbidden");
  const p = Prisma.raw(alias);
  if ([...q].length < SHORT_QUERY) return Prisma.sql`${p}."nameGrams" @> ARRAY[${q.toLowerCase()}]::text[]`;
  return Prisma.sql`(${p}."name" ILIKE ${containsPattern(q)} OR ${p}."idNumber" LIKE ${containsPattern(q.toUpperCase())} OR ${p}."phone" LIKE ${containsPattern(q)})`;
}
