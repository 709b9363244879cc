// The person records of the user's county with their cases and contacts, for finding the
// other record of a duplicate before merging (docs/domain.md "Identity and privacy"). Reads
// only; another county's records are never listed, and only roles that see personal data in
// full may search by it.
import { z } from "zod";
import { assertCan } from "@/lib/auth/permissions";
import { countyScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/user";
import type { Db, Prisma } from "@/lib/db";
import { assertId, notFound } from "@/lib/errors";
import { fromDbDate } from "@/lib/calendar";
import { dbFor, type ServiceOptions } from "@/lib/transaction";
import { pageFields, uuidField, type Page } from "@/lib/validation/fields";
import { parseInput } from "@/lib/validation/parse-input";
import { personView } from "./person-view";
import { personSearch } from "./search";

export const searchPersonsSchema = z.object({
  q: z.string().trim().max(50).optional(),
  /** Leave this record out (the one being kept). */
  excludeId: uuidField.optional(),
  ...pageFields,
});
export type SearchPersonsInput = z.input<typeof searchPersonsSchema>;

// A person's history is short; the cap keeps one answer bounded all the same.
const HISTORY = 20;

const recordInclude = {
  cases: {
    select: { id: true, status: true, classification: true, confirmedDate: true },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: HISTORY,
  },
  contacts: {
    select: {
      id: true,
      status: true,
      category: true,
      sourceCaseId: true,
      lastExposureDate: true,
      plans: { where: { active: true }, select: { releaseDate: true } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: HISTORY,
  },
} satisfies Prisma.PersonInclude;

type Row = Prisma.PersonGetPayload<{ include: typeof recordInclude }>;

export type PersonState = "OPEN_CASE" | "ACTIVE_PLAN" | "HISTORY";

function recordView(user: SessionUser, p: Row) {
  const state: PersonState = p.cases.some((c) => c.status === "UNDER_TREATMENT")
    ? "OPEN_CASE"
    : p.contacts.some((c) => c.status === "ACTIVE")
      ? "ACTIVE_PLAN"
      : "HISTORY";
  return {
    person: personView(user, p),
    identityKey: p.identityKey,
    state,
    cases: p.cases.map((c) => ({ id: c.id, status: c.status, classification: c.classification, confirmedDate: fromDbDate(c.confirmedDate) })),
    contacts: p.contacts.map((c) => ({
      id: c.id,
      status: c.status,
      category: c.category,
      sourceCaseId: c.sourceCaseId,
      lastExposureDate: fromDbDate(c.lastExposureDate),
      releaseDate: c.plans[0] ? fromDbDate(c.plans[0].releaseDate) : null,
    })),
  };
}
export type PersonRecord = ReturnType<typeof recordView>;

/** Searching or reading person records needs the county's full view of personal data. */
function countyOf(user: SessionUser): string {
  assertCan(user, "case:read");
  assertCan(user, "contact:read");
  assertCan(user, "personal:full");
  return countyScope(user).countyCode ?? "";
}

/** Records of the user's county whose name, document or phone contains `q`; none without `q`. */
export async function searchPersons(user: SessionUser, input: unknown = {}, opts?: ServiceOptions): Promise<Page<PersonRecord>> {
  const countyCode = countyOf(user);
  const f = parseInput(searchPersonsSchema, input ?? {});
  if (!f.q) return { items: [], page: f.page, pageSize: f.pageSize, total: 0 };
  const db = dbFor(opts);
  const where: Prisma.PersonWhereInput = {
    countyCode,
    mergedIntoId: null,
    ...personSearch(user, f.q),
    ...(f.excludeId ? { id: { not: f.excludeId } } : {}),
  };
  const [total, rows] = await Promise.all([
    db.person.count({ where }),
    db.person.findMany({ where, include: recordInclude, orderBy: [{ name: "asc" }, { id: "asc" }], skip: (f.page - 1) * f.pageSize, take: f.pageSize }),
  ]);
  return { items: rows.map((p) => recordView(user, p)), page: f.page, pageSize: f.pageSize, total };
}

/** One record of the user's county (404 otherwise, and once merged into another). */
export async function getPersonRecord(user: SessionUser, id: string, opts?: ServiceOptions): Promise<PersonRecord> {
  const countyCode = countyOf(user);
  assertId(id);
  const db: Db = dbFor(opts);
  const p = await db.person.findFirst({ where: { id, countyCode, mergedIntoId: null }, include: recordInclude });
  if (!p) throw notFound();
  return recordView(user, p);
}

/**
 * The page that stands for a person record: the open case, else the running contact, else the
 * latest case or contact (history). Null when the record has neither.
 */
export function recordHref(r: Pick<PersonRecord, "cases" | "contacts">): string | null {
  const open = r.cases.find((c) => c.status === "UNDER_TREATMENT");
  if (open) return `/cases/${open.id}`;
  const active = r.contacts.find((c) => c.status === "ACTIVE");
  if (active) return `/contacts/${active.id}`;
  if (r.cases[0]) return `/cases/${r.cases[0].id}`;
  if (r.contacts[0]) return `/contacts/${r.contacts[0].id}`;
  return null;
}
