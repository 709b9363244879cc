import { assertCan } from "@/lib/auth/permissions";
import { inCountySql, scopeCounty } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/user";
import type { ContactCategory, ContactStatus, CaseClassification } from "@/lib/generated/prisma/enums";
import { personName } from "@/lib/privacy/mask";
import { dbFor, type ServiceOptions } from "@/lib/transaction";

export type ChainLink =
  | { kind: "CASE"; id: string; name: string; classification: CaseClassification; fromContactId: string | null }
  | { kind: "CONTACT"; id: string; name: string; category: ContactCategory; status: ContactStatus }
  /** A source the user may not see (another county's record). */
  | { kind: "HIDDEN" };

export interface RelatedContact {
  id: string;
  name: string;
  category: ContactCategory;
  previousCategory: ContactCategory | null;
  status: ContactStatus;
}

export interface SourceChain {
  /** From the first known source down to (not including) the contact itself. */
  chain: ChainLink[];
  /** The contacts exposed to this one (its secondary contacts, upgraded ones included). */
  exposed: RelatedContact[];
  /** The case this contact became after a positive result. */
  resultingCase: { id: string; name: string } | null;
}

const MAX_DEPTH = 8;

type Node = { kind: "CASE" | "CONTACT"; id: string };
interface ChainRow {
  kind: "CASE" | "CONTACT";
  id: string;
  visible: boolean;
  name: string | null;
  classification: CaseClassification | null;
  fromContactId: string | null;
  category: ContactCategory | null;
  status: ContactStatus | null;
}
interface Answer {
  chain: ChainRow[] | null;
  exposed: RelatedContact[] | null;
  resulting: { id: string; name: string } | null;
}

/** Where a contact hangs: a secondary contact under its close contact, every other contact under its case. */
function sourceOf(c: { category: ContactCategory; sourceCaseId: string | null; sourceContactId: string | null }): Node | null {
  if (c.category === "SECONDARY" && c.sourceContactId) return { kind: "CONTACT", id: c.sourceContactId };
  if (c.sourceCaseId) return { kind: "CASE", id: c.sourceCaseId };
  if (c.sourceContactId) return { kind: "CONTACT", id: c.sourceContactId };
  return null;
}

/**
 * The exposure chain above a contact — case → close contact → secondary contact, and further
 * up when a case arose from a contact that turned positive — plus the contacts exposed to it
 * and the case it became, in one statement (docs/decisions/0028-detail-reads-in-one-statement.md).
 * Every read is scoped: the walk stops at a source outside the user's county, which shows as
 * hidden (nothing of it is read but that it is there).
 */
export async function getSourceChain(user: SessionUser, contact: { id: string; category: ContactCategory; sourceCaseId: string | null; sourceContactId: string | null }, opts?: ServiceOptions): Promise<SourceChain> {
  assertCan(user, "contact:read");
  const db = dbFor(opts);
  const county = scopeCounty(user);
  const start = sourceOf(contact);
  const scoped = (alias: string) => inCountySql(alias, county);
  const [answer] = await db.$queryRaw<Answer[]>`
    WITH RECURSIVE up AS (
      SELECT 1 AS depth, ${start?.kind ?? null}::text AS kind, ${start?.id ?? null}::uuid AS id, ARRAY[${contact.id}::uuid] AS seen
      WHERE ${start !== null} AND ${start?.id ?? null}::uuid <> ${contact.id}::uuid
      UNION ALL
      SELECT up.depth + 1, n.kind, n.id, up.seen || up.id
      FROM up CROSS JOIN LATERAL (
        SELECT 'CONTACT'::text AS kind, k."sourceContactId" AS id FROM "Case" k
          WHERE up.kind = 'CASE' AND k."id" = up.id AND k."sourceContactId" IS NOT NULL AND ${scoped("k")}
        UNION ALL
        SELECT CASE WHEN c."category" = 'SECONDARY' AND c."sourceContactId" IS NOT NULL THEN 'CONTACT' ELSE 'CASE' END,
               CASE WHEN c."category" = 'SECONDARY' AND c."sourceContactId" IS NOT NULL THEN c."sourceContactId" ELSE c."sourceCaseId" END
          FROM "Contact" c
          WHERE up.kind = 'CONTACT' AND c."id" = up.id AND ((c."category" = 'SECONDARY' AND c."sourceContactId" IS NOT NULL) OR c."sourceCaseId" IS NOT NULL) AND ${scoped("c")}
      ) n
      WHERE up.depth < ${MAX_DEPTH} AND NOT (n.id = ANY(up.seen || up.id))
    )
    SELECT
      (SELECT json_agg(json_build_object(
          'kind', up.kind, 'id', up.id, 'visible', (k."id" IS NOT NULL OR c."id" IS NOT NULL),
          'name', p."name", 'classification', k."classification", 'fromContactId', k."sourceContactId", 'category', c."category", 'status', c."status") ORDER BY up.depth)
        FROM up
        LEFT JOIN "Case" k ON up.kind = 'CASE' AND k."id" = up.id AND ${scoped("k")}
        LEFT JOIN "Contact" c ON up.kind = 'CONTACT' AND c."id" = up.id AND ${scoped("c")}
        LEFT JOIN "Person" p ON p."id" = COALESCE(k."personId", c."personId")) AS "chain",
      (SELECT json_agg(json_build_object('id', x."id", 'name', p."name", 'category', x."category", 'previousCategory', x."previousCategory", 'status', x."status") ORDER BY x."createdAt", x."id")
        FROM "Contact" x JOIN "Person" p ON p."id" = x."personId" WHERE x."sourceContactId" = ${contact.id}::uuid AND ${scoped("x")}) AS "exposed",
      (SELECT json_build_object('id', k."id", 'name', p."name")
        FROM "Case" k JOIN "Person" p ON p."id" = k."personId" WHERE k."sourceContactId" = ${contact.id}::uuid AND ${scoped("k")} LIMIT 1) AS "resulting"`;

  // The walk from the contact upwards, read from the top source down; it ends at a hidden source.
  const chain: ChainLink[] = [];
  for (const r of answer?.chain ?? []) {
    if (!r.visible) {
      chain.unshift({ kind: "HIDDEN" });
      break;
    }
    const name = personName(user, r.name ?? "");
    chain.unshift(r.kind === "CASE" ? { kind: "CASE", id: r.id, name, classification: r.classification!, fromContactId: r.fromContactId } : { kind: "CONTACT", id: r.id, name, category: r.category!, status: r.status! });
  }
  return {
    chain,
    exposed: (answer?.exposed ?? []).map((r) => ({ ...r, name: personName(user, r.name) })),
    resultingCase: answer?.resulting ? { id: answer.resulting.id, name: personName(user, answer.resulting.name) } : null,
  };
}
