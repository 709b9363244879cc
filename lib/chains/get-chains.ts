// Transmission chains of a case, and of a county over a date range
// (docs/decisions/0020-transmission-chains.md). Scope is applied in the SQL: county staff walk
// their own county's records only; officials walk every county but receive no names and no
// links to records (DESIGN.md §2: no personal data for officials).
import { assertCan } from "@/lib/auth/permissions";
import { countyScope, scopeCounty } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/user";
import { assertId, forbidden, notFound, validationError } from "@/lib/errors";
import { readDb } from "@/lib/db";
import { toDbDate } from "@/lib/calendar";
import { addDays, diffDays } from "@/lib/isolation/dates";
import { seesFull } from "@/lib/privacy/mask";
import { parseInput } from "@/lib/validation/parse-input";
import { todayFor, type ServiceOptions } from "@/lib/transaction";
import { rootCases, walkDown, type WalkedRow } from "./chain-query";
import { buildGraph } from "./build-graph";
import { caseChainSchema, countyChainsSchema } from "./schemas";
import type { ChainGraph } from "./types";

/** The longest county range asked at once. */
export const MAX_RANGE_DAYS = 366;
export const DEFAULT_RANGE_DAYS = 28;

function viewer(user: SessionUser) {
  assertCan(user, "case:read");
  assertCan(user, "contact:read");
  const county = scopeCounty(user);
  const full = seesFull(user);
  const hrefOf = (r: WalkedRow) => (full ? (r.kind === "CASE" ? `/cases/${r.id}` : `/contacts/${r.id}`) : null);
  return { county, full, hrefOf };
}

/** The cluster a case belongs to: from its root case down. Another county's case is 404. */
export async function getCaseChain(user: SessionUser, caseId: string, input: unknown = {}, opts?: ServiceOptions): Promise<ChainGraph> {
  const { county, full, hrefOf } = viewer(user);
  assertId(caseId);
  const asOf = parseInput(caseChainSchema, input ?? {}).date ?? todayFor(opts);
  const db = opts?.db ?? readDb();
  const found = await db.case.findFirst({ where: { id: caseId, ...countyScope(user) }, select: { id: true } });
  if (!found) throw notFound();
  const roots = await rootCases(db, [caseId], county);
  return buildGraph(await walkDown(db, roots, county, full), { asOf, hrefOf });
}

/** Every cluster holding a case of the county confirmed between `from` and `to`. */
export async function getCountyChains(user: SessionUser, input: unknown = {}, opts?: ServiceOptions): Promise<{ countyCode: string; from: string; to: string; graph: ChainGraph }> {
  const { county, full, hrefOf } = viewer(user);
  const parsed = parseInput(countyChainsSchema, input ?? {});
  const countyCode = parsed.countyCode ?? county;
  if (!countyCode) throw validationError([{ path: "countyCode", key: "errors.required" }]);
  if (county && countyCode !== county) throw forbidden();
  const to = parsed.to ?? todayFor(opts);
  const from = parsed.from ?? addDays(to, -(DEFAULT_RANGE_DAYS - 1));
  if (from > to) throw validationError([{ path: "from", key: "chains.errors.rangeOrder" }]);
  if (diffDays(to, from) >= MAX_RANGE_DAYS) throw validationError([{ path: "from", key: "chains.errors.rangeTooLong", values: { max: MAX_RANGE_DAYS } }]);
  const db = opts?.db ?? readDb();
  const starts = await db.case.findMany({
    where: { countyCode, status: { not: "MERGED" }, confirmedDate: { gte: toDbDate(from), lte: toDbDate(to) } },
    select: { id: true },
  });
  const roots = await rootCases(db, starts.map((s) => s.id), county);
  const graph = buildGraph(await walkDown(db, roots, county, full), { asOf: to, hrefOf });
  return { countyCode, from, to, graph };
}
