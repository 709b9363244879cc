// Matches shown before saving (docs/domain.md "Identity and privacy"): for each row a county
// is about to register, who this county already holds under the same document (and in what
// state), whether another county manages that document, and which of this county's records
// share the name and phone. A handful of set queries for a whole batch.
import type { Db } from "@/lib/db";
import type { ContactCategory } from "@/lib/generated/prisma/enums";
import { fromDbDate, fromDbDateOrNull } from "@/lib/calendar";
import { identityKeyOf, type IdType } from "./identity";

export type MatchKind =
  /** This county's record of the person is an open case. */
  | "OPEN_CASE"
  /** This county runs a plan for the person. */
  | "ACTIVE_PLAN"
  /** This county knows the person, with nothing running. */
  | "HISTORY"
  /** Another county manages the person (all this county learns is which county). */
  | "OTHER_COUNTY"
  /** A record of this county with the same name and phone, without a conflicting document. */
  | "POSSIBLE";

export interface RecordSummary {
  name: string;
  sex: "MALE" | "FEMALE" | null;
  birthDate: string | null;
  idType: IdType;
  idNumber: string | null;
  phone: string | null;
}

export interface PersonMatch {
  kind: MatchKind;
  personId?: string;
  /** OPEN_CASE: the open case; HISTORY/ACTIVE_PLAN: the person's latest case, if any. */
  caseId?: string;
  contactId?: string;
  category?: ContactCategory;
  releaseDate?: string | null;
  /** OTHER_COUNTY: the managing county. */
  countyCode?: string;
  /** Internal to the services (never answered to the user): the other county's record. */
  otherPersonId?: string;
  /** Same county only: what this county's record holds. */
  record?: RecordSummary;
  /** Same county: fields typed differently from the record (the record keeps its values). */
  differences?: string[];
  /** POSSIBLE: the suggested record's own state. */
  state?: "OPEN_CASE" | "ACTIVE_PLAN" | "HISTORY";
}

export interface MatchInput {
  name: string;
  sex?: "MALE" | "FEMALE";
  birthDate?: string;
  idType?: IdType;
  idNumber?: string;
  phone?: string;
  /** The user said which of this county's records the row is. */
  personId?: string;
}

const personSelect = {
  id: true,
  countyCode: true,
  name: true,
  sex: true,
  birthDate: true,
  idType: true,
  idNumber: true,
  identityKey: true,
  phone: true,
  cases: { where: { status: { not: "MERGED" } }, select: { id: true, status: true }, orderBy: { createdAt: "desc" } },
  contacts: {
    where: { status: "ACTIVE" },
    select: { id: true, category: true, plans: { where: { active: true }, select: { releaseDate: true } } },
  },
} as const;

type Found = Awaited<ReturnType<typeof loadPersons>>[number];

function loadPersons(db: Db, where: NonNullable<Parameters<Db["person"]["findMany"]>[0]>["where"]) {
  return db.person.findMany({ where, select: personSelect });
}

function summary(p: Found): RecordSummary {
  return { name: p.name, sex: p.sex, birthDate: fromDbDateOrNull(p.birthDate), idType: p.idType, idNumber: p.idNumber, phone: p.phone };
}

function differences(row: MatchInput, p: Found): string[] {
  const out: string[] = [];
  if (row.name !== p.name) out.push("name");
  if (row.phone && p.phone && row.phone !== p.phone) out.push("phone");
  if (row.sex && p.sex && row.sex !== p.sex) out.push("sex");
  if (row.birthDate && p.birthDate && row.birthDate !== fromDbDate(p.birthDate)) out.push("birthDate");
  return out;
}

/** The state of one of this county's records as a match. */
function sameCountyMatch(row: MatchInput, p: Found): PersonMatch {
  const base = { personId: p.id, record: summary(p), differences: differences(row, p) };
  const open = p.cases.find((c) => c.status === "UNDER_TREATMENT");
  if (open) return { kind: "OPEN_CASE", caseId: open.id, ...base };
  const active = p.contacts[0];
  const latestCase = p.cases[0]?.id;
  if (active) {
    const releaseDate = active.plans[0] ? fromDbDate(active.plans[0].releaseDate) : null;
    return { kind: "ACTIVE_PLAN", contactId: active.id, category: active.category, releaseDate, ...(latestCase ? { caseId: latestCase } : {}), ...base };
  }
  return { kind: "HISTORY", ...(latestCase ? { caseId: latestCase } : {}), ...base };
}

const managed = (p: Found) => p.contacts.length > 0 || p.cases.some((c) => c.status === "UNDER_TREATMENT");

/**
 * This county's records with the name and phone of a row: the only ones a POSSIBLE match can be.
 * Looked up pair by pair through the (countyCode, name, phone) b-tree by the SQL function
 * `person_ids_by_name_phone` (migration person_pairs_lookup): pg_trgm's GIN indexes answer `=`
 * too, and PostgreSQL chose the phone's trigram index (every phone shares "139…": 1–4 s for 500
 * at 100,000 contacts); the function turns bitmap scans, GIN's only access, off for itself
 * (docs/decisions/0025-set-based-registration.md, "Measured again").
 */
async function samePhoneAndName(db: Db, countyCode: string, rows: MatchInput[]): Promise<Found[]> {
  const pairs = [...new Map(rows.flatMap((r) => (r.phone ? [[`${r.name}\u0000${r.phone}`, r] as const] : []))).values()];
  if (pairs.length === 0) return [];
  const ids = await db.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM person_ids_by_name_phone(${countyCode}, ${pairs.map((r) => r.name)}::text[], ${pairs.map((r) => r.phone)}::text[])`;
  return ids.length ? loadPersons(db, { id: { in: ids.map((r) => r.id) } }) : [];
}

/**
 * Matches for each row, as this county (`countyCode`) would register them. Rows are expected
 * normalized (lib/persons/schemas.ts). Another county's record contributes only its county
 * code (and, internally, its id for the 协查), never its contents.
 */
export async function findMatches(db: Db, countyCode: string, rows: MatchInput[]): Promise<PersonMatch[][]> {
  const keys = [...new Set(rows.map((r) => identityKeyOf(r.idType, r.idNumber)).filter((k): k is string => k !== null))];
  const chosenIds = [...new Set(rows.map((r) => r.personId).filter((id): id is string => Boolean(id)))];

  const [byKey, chosen, byPhone] = await Promise.all([
    keys.length ? loadPersons(db, { identityKey: { in: keys }, mergedIntoId: null }) : [],
    chosenIds.length ? loadPersons(db, { id: { in: chosenIds }, countyCode, mergedIntoId: null }) : [],
    samePhoneAndName(db, countyCode, rows),
  ]);
  const sameIds = [...byKey.filter((p) => p.countyCode === countyCode), ...chosen].map((p) => p.id);
  // Counties that answered "not the same person" are not asked again about the same records.
  const settled = sameIds.length
    ? await db.assistRequest.findMany({
        where: { status: "NOT_SAME_PERSON", OR: [{ fromPersonId: { in: sameIds } }, { toPersonId: { in: sameIds } }] },
        select: { fromPersonId: true, toPersonId: true },
      })
    : [];
  const notSame = new Set(settled.flatMap((a) => [`${a.fromPersonId}|${a.toPersonId}`, `${a.toPersonId}|${a.fromPersonId}`]));

  return rows.map((row) => {
    const matches: PersonMatch[] = [];
    const key = identityKeyOf(row.idType, row.idNumber);
    const picked = row.personId ? chosen.find((p) => p.id === row.personId) : undefined;
    const byDocument = key ? byKey.find((p) => p.countyCode === countyCode && p.identityKey === key) : undefined;
    const own = picked ?? byDocument;
    if (own) matches.push(sameCountyMatch(row, own));
    if (picked && byDocument && byDocument.id !== picked.id) matches.push(sameCountyMatch(row, byDocument));

    if (key && !(own && managed(own))) {
      const seen = new Set<string>();
      for (const p of byKey) {
        if (p.identityKey !== key || p.countyCode === countyCode || !managed(p) || seen.has(p.countyCode)) continue;
        if (own && notSame.has(`${own.id}|${p.id}`)) continue;
        seen.add(p.countyCode);
        matches.push({ kind: "OTHER_COUNTY", countyCode: p.countyCode, otherPersonId: p.id });
      }
    }

    if (row.phone && !picked) {
      for (const p of byPhone) {
        if (p.id === own?.id || p.name !== row.name || p.phone !== row.phone) continue;
        // A different document on both sides means two different people.
        if (key && p.identityKey && p.identityKey !== key) continue;
        const m = sameCountyMatch(row, p);
        matches.push({ ...m, kind: "POSSIBLE", state: m.kind as PersonMatch["state"] });
      }
    }
    return matches;
  });
}

/** A match as answered to the user: internal ids of other counties' records removed. */
export function publicMatch(m: PersonMatch): Omit<PersonMatch, "otherPersonId"> {
  const { otherPersonId: _hidden, ...rest } = m;
  void _hidden;
  return rest;
}
