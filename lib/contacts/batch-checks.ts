// The checks of a registration batch, before the first row is written: counties, the rule
// engine, matches against the people each county holds (under identity locks) and the user's
// decisions about them (docs/domain.md "Identity and privacy"). Set-based: a few queries per
// county, whatever the number of rows (docs/decisions/0025-set-based-registration.md).
import type { SessionUser } from "@/lib/auth/user";
import type { Prisma } from "@/lib/db";
import { lockIdentities } from "@/lib/db-locks";
import { AppError, type FieldIssue } from "@/lib/errors";
import { planIsolation, PlanInputError, type IsolationPlan } from "@/lib/isolation/plan";
import { countyIssue } from "@/lib/jurisdictions/county-issue";
import { identityKeyOf } from "@/lib/persons/identity";
import { findMatches, type PersonMatch } from "@/lib/persons/match";
import { resolveRow, type Resolution } from "@/lib/persons/resolve-match";
import type { currentPolicy } from "@/lib/policy/current-policy";
import type { ContactRow } from "./schemas";
import { matchesError, rowMatches, type RowMatches } from "./row-matches";

export type BatchSource =
  | { kind: "CASE"; id: string; countyCode: string; personId: string; classification: "CONFIRMED" | "ASYMPTOMATIC"; confirmedDate: string }
  | { kind: "CONTACT"; id: string; countyCode: string; personId: string; identifiedDate: string };

const PLAN_ERROR_KEYS: Record<string, string> = {
  IDENTIFIED_BEFORE_EXPOSURE: "registry.errors.identifiedBeforeExposure",
  INVALID_DATE: "errors.invalidDate",
};

export interface Checked {
  issues: FieldIssue[];
  plans: IsolationPlan[];
  matches: PersonMatch[][];
  resolutions: Resolution[];
}

export const countyOfRow = (source: BatchSource, row: ContactRow): string => row.countyCode ?? source.countyCode;

export async function checkRows(
  tx: Prisma.TransactionClient,
  user: SessionUser,
  source: BatchSource,
  rows: ContactRow[],
  policy: Awaited<ReturnType<typeof currentPolicy>>,
): Promise<Checked> {
  const issues: FieldIssue[] = [];
  const plans: IsolationPlan[] = [];
  const byCounty = new Map<string, number[]>();
  rows.forEach((row, i) => {
    const county = countyOfRow(source, row);
    const list = byCounty.get(county);
    if (list) list.push(i);
    else byCounty.set(county, [i]);
  });
  const planCache = new Map<string, IsolationPlan>();
  const countyIssues = new Map<string, FieldIssue | null>();
  for (const county of byCounty.keys()) countyIssues.set(county, await countyIssue(tx, user, county, ""));
  for (const [i, row] of rows.entries()) {
    const issue = countyIssues.get(countyOfRow(source, row));
    if (issue) issues.push({ ...issue, path: `contacts.${i}.countyCode` });
    try {
      // Rows of one batch mostly share their dates: each distinct plan is computed once.
      const key = `${row.category}|${row.lastExposureDate}|${row.identifiedDate}`;
      let plan = planCache.get(key);
      if (!plan) {
        plan = planIsolation({ category: row.category, lastExposureDate: row.lastExposureDate, identifiedDate: row.identifiedDate, policy });
        planCache.set(key, plan);
      }
      plans.push(plan);
    } catch (e) {
      if (!(e instanceof PlanInputError)) throw e;
      issues.push({ path: `contacts.${i}.${e.field}`, key: PLAN_ERROR_KEYS[e.code] ?? "errors.invalidValue" });
    }
  }
  if (issues.length) return { issues, plans, matches: [], resolutions: [] };

  // Matches are looked up per county; a county's documents are locked first so a concurrent
  // registration of the same new person waits and then finds this one's record.
  const matches: PersonMatch[][] = new Array(rows.length);
  for (const [countyCode, indexes] of [...byCounty].sort(([a], [b]) => a.localeCompare(b))) {
    const keys = indexes.map((i) => identityKeyOf(rows[i]!.idType, rows[i]!.idNumber)).filter((k): k is string => k !== null);
    await lockIdentities(tx, countyCode, keys);
    const found = await findMatches(tx, countyCode, indexes.map((i) => rows[i]!));
    indexes.forEach((rowIndex, j) => (matches[rowIndex] = found[j] ?? []));
  }

  const resolutions = rows.map((row, i) => resolveRow(matches[i]!, row, "CONTACT"));
  const firstRowOfPerson = new Map<string, number>();
  resolutions.forEach((r, i) => {
    const personId = r.action === "USE" || r.action === "MERGE" ? r.personId : undefined;
    if (!personId) return;
    const field = rows[i]!.personId ? "personId" : "idNumber";
    if (personId === source.personId) issues.push({ path: `contacts.${i}.${field}`, key: "registry.errors.contactIsSource", values: { row: i + 1 } });
    const first = firstRowOfPerson.get(personId);
    if (first === undefined) firstRowOfPerson.set(personId, i);
    else issues.push({ path: `contacts.${i}.${field}`, key: "registry.errors.duplicateInBatch", values: { row: i + 1, otherRow: first + 1 } });
  });
  return { issues, plans, matches, resolutions };
}

/** Refusals first (nothing the user can decide makes them valid), then undecided matches. */
export function refuseUnresolved(rows: ContactRow[], checked: Checked): void {
  const all: RowMatches[] = rowMatches("contacts", checked.matches, checked.resolutions);
  const refusals = checked.resolutions.flatMap((r, i) => (r.action === "REFUSE" ? [{ r, i }] : []));
  if (refusals.length) {
    const first = refusals[0]!.r;
    const fields = refusals.map(({ r, i }) => ({ path: `contacts.${i}.${r.field}`, key: r.key, values: { ...r.values, row: i + 1 } }));
    throw new AppError(first.code, first.key, { ...first.values, row: refusals[0]!.i + 1 }, fields, { matches: all });
  }
  if (checked.resolutions.some((r) => r.action === "ASK")) throw matchesError(all, rows.length);
}
