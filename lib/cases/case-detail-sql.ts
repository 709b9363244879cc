// The case page's record in one SQL statement (docs/decisions/0028-detail-reads-in-one-statement.md):
// the case and its person, its movement track, its own contacts and the secondary contacts of
// those, each with its person and active plan's release date. The query builder needed nine
// statements for it; the nested rows are revived into its row types (lib/db-json.ts).
import type { Db } from "@/lib/db";
import { inCountySql } from "@/lib/auth/scope";
import { contactRow, day, personRow, trackEntryRow, type Json } from "@/lib/db-json";
import type { Case, CaseTrackEntry, Contact, Person } from "@/lib/generated/prisma/client";

export type CaseContactRow = Contact & { person: Person; releaseDate: Date | null };
export interface CaseDetailRow {
  record: Case & { person: Person };
  track: CaseTrackEntry[];
  /** The case's own contacts, then the secondaries of its close contacts; each by identification. */
  contacts: CaseContactRow[];
}

interface RawRow extends Case {
  person: Json;
  track: Json[];
  contacts: { contact: Json; person: Json; releaseDate: string | null }[];
}

/** The case with everything its page lists, or null when absent or outside `countyCode` (null: every county). */
export async function selectCaseDetail(db: Db, id: string, countyCode: string | null): Promise<CaseDetailRow | null> {
  const [row] = await db.$queryRaw<RawRow[]>`
    WITH direct AS (
      SELECT c AS "row", c."id", c."personId", c."identifiedDate", c."createdAt", 0 AS "grp" FROM "Contact" c
      WHERE c."sourceCaseId" = ${id}::uuid AND ${inCountySql("c", countyCode)}
    ), secondary AS (
      SELECT s AS "row", s."id", s."personId", s."identifiedDate", s."createdAt", 1 AS "grp" FROM "Contact" s
      WHERE s."category" = 'SECONDARY' AND s."sourceContactId" IN (SELECT d."id" FROM direct d) AND s."id" NOT IN (SELECT d."id" FROM direct d)
        AND ${inCountySql("s", countyCode)}
    )
    SELECT k.*, to_json(p) AS "person",
      COALESCE((SELECT json_agg(e ORDER BY e."date", e."id") FROM "CaseTrackEntry" e WHERE e."caseId" = k."id" AND e."removedAt" IS NULL), '[]') AS "track",
      COALESCE((SELECT json_agg(json_build_object('contact', to_json(x."row"), 'person', to_json(cp), 'releaseDate', pl."releaseDate") ORDER BY x."grp", x."identifiedDate", x."createdAt")
        FROM (SELECT * FROM direct UNION ALL SELECT * FROM secondary) x
        JOIN "Person" cp ON cp."id" = x."personId"
        LEFT JOIN "IsolationPlan" pl ON pl."contactId" = x."id" AND pl."active"), '[]') AS "contacts"
    FROM "Case" k JOIN "Person" p ON p."id" = k."personId"
    WHERE k."id" = ${id}::uuid AND ${inCountySql("k", countyCode)}`;
  if (!row) return null;
  const { person, track, contacts, ...record } = row;
  return {
    record: { ...record, person: personRow(person) },
    track: track.map(trackEntryRow),
    contacts: contacts.map((c) => ({ ...contactRow(c.contact), person: personRow(c.person), releaseDate: c.releaseDate ? day(c.releaseDate) : null })),
  };
}
