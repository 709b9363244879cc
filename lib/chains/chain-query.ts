// The set-based reads behind a chain (docs/decisions/0020-transmission-chains.md): one recursive
// query walks up from the starting cases to their root cases, one walks down from the roots
// (case → contact, close → secondary contact, contact → the case it became). County staff walk
// only their own county's rows: a link into another county is not followed.
import type { Db } from "@/lib/db";
import { inCountySql } from "@/lib/auth/scope";
import { fromDbDate } from "@/lib/calendar";

/** Longest chain followed; deeper links (impossible in practice) are cut, not looped over. */
const MAX_DEPTH = 40;

/** The root case above each starting case (itself when it arose from no contact). */
export async function rootCases(db: Db, startCaseIds: string[], county: string | null): Promise<string[]> {
  if (startCaseIds.length === 0) return [];
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE up("start", "kind", "id", "depth") AS (
      SELECT s."id", 'CASE'::text, s."id", 0 FROM unnest(${startCaseIds}::uuid[]) AS s("id")
      UNION ALL
      SELECT u."start", p."kind", p."id", u."depth" + 1
      FROM up u
      CROSS JOIN LATERAL (
        SELECT 'CONTACT'::text AS "kind", k."id" FROM "Case" c JOIN "Contact" k ON k."id" = c."sourceContactId"
        WHERE u."kind" = 'CASE' AND c."id" = u."id" AND ${inCountySql("k", county)}
        UNION ALL
        SELECT 'CASE'::text, pc."id" FROM "Contact" k JOIN "Case" pc ON pc."id" = k."sourceCaseId"
        WHERE u."kind" = 'CONTACT' AND k."id" = u."id" AND pc."status" <> 'MERGED' AND ${inCountySql("pc", county)}
        UNION ALL
        SELECT 'CONTACT'::text, pk."id" FROM "Contact" k JOIN "Contact" pk ON pk."id" = k."sourceContactId"
        WHERE u."kind" = 'CONTACT' AND k."id" = u."id" AND k."sourceCaseId" IS NULL AND ${inCountySql("pk", county)}
      ) p
      WHERE u."depth" < ${MAX_DEPTH}
    )
    SELECT DISTINCT ON (u."start") u."id" FROM up u WHERE u."kind" = 'CASE' ORDER BY u."start", u."depth" DESC`;
  return [...new Set(rows.map((r) => r.id))];
}

export interface WalkedRow {
  kind: "CASE" | "CONTACT";
  id: string;
  parentId: string | null;
  edgeKind: "EXPOSURE" | "BECAME_CASE" | null;
  root: string;
  depth: number;
  countyCode: string;
  status: string;
  classification: "CONFIRMED" | "ASYMPTOMATIC" | null;
  category: "CLOSE" | "SECONDARY" | "GENERAL" | null;
  date: string;
  name: string | null;
}

/**
 * Every record below the roots, with its parent and its root. `withNames`: the person's name
 * is read only for viewers who see personal data in full. Rows come in walk order (by depth).
 */
export async function walkDown(db: Db, roots: string[], county: string | null, withNames: boolean): Promise<WalkedRow[]> {
  if (roots.length === 0) return [];
  const rows = await db.$queryRaw<(Omit<WalkedRow, "date"> & { date: Date })[]>`
    WITH RECURSIVE down("kind", "id", "parentId", "edgeKind", "root", "depth") AS (
      SELECT 'CASE'::text, c."id", NULL::uuid, NULL::text, c."id", 0
      FROM "Case" c WHERE c."id" = ANY(${roots}::uuid[]) AND ${inCountySql("c", county)}
      UNION ALL
      SELECT n."kind", n."id", d."id", n."edgeKind", d."root", d."depth" + 1
      FROM down d
      CROSS JOIN LATERAL (
        SELECT 'CONTACT'::text AS "kind", k."id", 'EXPOSURE'::text AS "edgeKind" FROM "Contact" k
        WHERE d."kind" = 'CASE' AND k."sourceCaseId" = d."id" AND k."status" <> 'MERGED' AND ${inCountySql("k", county)}
        UNION ALL
        SELECT 'CONTACT'::text, k."id", 'EXPOSURE'::text FROM "Contact" k
        WHERE d."kind" = 'CONTACT' AND k."sourceContactId" = d."id" AND k."sourceCaseId" IS NULL AND k."status" <> 'MERGED' AND ${inCountySql("k", county)}
        UNION ALL
        SELECT 'CASE'::text, c."id", 'BECAME_CASE'::text FROM "Case" c
        WHERE d."kind" = 'CONTACT' AND c."sourceContactId" = d."id" AND c."status" <> 'MERGED' AND ${inCountySql("c", county)}
      ) n
      WHERE d."depth" < ${MAX_DEPTH}
    )
    SELECT d."kind", d."id", d."parentId", d."edgeKind", d."root", d."depth",
      COALESCE(c."countyCode", k."countyCode") AS "countyCode",
      COALESCE(c."status"::text, k."status"::text) AS "status",
      c."classification"::text AS "classification",
      k."category"::text AS "category",
      COALESCE(c."confirmedDate", k."identifiedDate") AS "date",
      CASE WHEN ${withNames} THEN p."name" ELSE NULL END AS "name"
    FROM down d
    LEFT JOIN "Case" c ON d."kind" = 'CASE' AND c."id" = d."id"
    LEFT JOIN "Contact" k ON d."kind" = 'CONTACT' AND k."id" = d."id"
    LEFT JOIN "Person" p ON p."id" = COALESCE(c."personId", k."personId")
    ORDER BY d."depth", d."root", d."id"`;
  return rows.map((r) => ({ ...r, date: fromDbDate(r.date) }));
}
