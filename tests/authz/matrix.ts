// The authorization matrix (issue 8): for every API route file and every method it exports, the
// status each kind of caller gets with a valid request. tests/unit/http/authz-matrix.test.ts fails
// when a route or method has no entry; tests/e2e/authz-matrix.spec.ts drives every cell over HTTP.
// Roles: own = county staff of the county that owns the record (马尔康市), other = county staff of
// another county (汶川县), official = prefecture official, admin, anon = signed out. For collection
// POSTs "other" writes in its own county.
export type Caller = "own" | "other" | "official" | "admin" | "anon";
export const CALLERS: readonly Caller[] = ["anon", "admin", "official", "other", "own"];
export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface MatrixEntry {
  /** The route file's folder under app/, e.g. /api/v1/contacts/[id]/extend. */
  route: string;
  method: Method;
  expect: Record<Caller, number>;
  /** Built by another branch (health probes): checked only when the route file exists. */
  external?: boolean;
}

const all = (status: number): Record<Caller, number> => ({ own: status, other: status, official: status, admin: status, anon: status });
/** County-staff work on one record: the other county does not find it, other roles may not. */
const staffRecord = (ok: number, official = 403): Record<Caller, number> => ({ own: ok, other: 404, official, admin: 403, anon: 401 });
/** Reads in scope for staff and the prefecture (masked), none for administrators. */
const scopedRead: Record<Caller, number> = { own: 200, other: 200, official: 200, admin: 403, anon: 401 };
/** The daily bulletin's workflow: prefecture officials only. */
const officialOnly = (ok: number): Record<Caller, number> => ({ own: 403, other: 403, official: ok, admin: 403, anon: 401 });
const adminOnly = (ok: number): Record<Caller, number> => ({ own: 403, other: 403, official: 403, admin: ok, anon: 401 });

export const MATRIX: readonly MatrixEntry[] = [
  { route: "/api/auth/[...nextauth]", method: "GET", expect: all(200) },
  { route: "/api/auth/[...nextauth]", method: "POST", expect: all(200) },
  { route: "/api/health", method: "GET", expect: all(200), external: true },
  { route: "/api/ready", method: "GET", expect: all(200), external: true },
  { route: "/api/v1/[...path]", method: "GET", expect: all(404) },
  { route: "/api/v1/[...path]", method: "POST", expect: all(404) },
  { route: "/api/v1/[...path]", method: "PUT", expect: all(404) },
  { route: "/api/v1/[...path]", method: "PATCH", expect: all(404) },
  { route: "/api/v1/[...path]", method: "DELETE", expect: all(404) },
  { route: "/api/v1/admin/counties", method: "POST", expect: adminOnly(201) },
  { route: "/api/v1/admin/counties/[code]", method: "PATCH", expect: adminOnly(200) },
  { route: "/api/v1/admin/policy", method: "GET", expect: adminOnly(200) },
  { route: "/api/v1/admin/policy", method: "POST", expect: adminOnly(201) },
  { route: "/api/v1/admin/policy/preview", method: "POST", expect: adminOnly(200) },
  { route: "/api/v1/admin/prefecture", method: "PATCH", expect: adminOnly(200) },
  { route: "/api/v1/admin/reference", method: "GET", expect: adminOnly(200) },
  { route: "/api/v1/admin/users", method: "GET", expect: adminOnly(200) },
  { route: "/api/v1/admin/users", method: "POST", expect: adminOnly(201) },
  { route: "/api/v1/admin/users/[id]", method: "PATCH", expect: adminOnly(200) },
  { route: "/api/v1/admin/users/[id]/password", method: "POST", expect: adminOnly(200) },
  // 协查 between 汶川县 (asked) and 马尔康市 (answers): both counties are parties and read it.
  { route: "/api/v1/assists", method: "GET", expect: scopedRead },
  { route: "/api/v1/assists/[id]", method: "GET", expect: scopedRead },
  { route: "/api/v1/assists/[id]/answer", method: "POST", expect: staffRecord(200) },
  // A bulletin drafted, edited, reviewed and published by the official (alone: self-review allowed),
  // and a correction of a bulletin published in the set-up.
  { route: "/api/v1/bulletins", method: "GET", expect: officialOnly(200) },
  { route: "/api/v1/bulletins", method: "POST", expect: officialOnly(201) },
  { route: "/api/v1/bulletins/[id]", method: "GET", expect: officialOnly(200) },
  { route: "/api/v1/bulletins/[id]", method: "PATCH", expect: officialOnly(200) },
  { route: "/api/v1/bulletins/[id]/review", method: "POST", expect: officialOnly(200) },
  { route: "/api/v1/bulletins/[id]/publish", method: "POST", expect: officialOnly(200) },
  { route: "/api/v1/bulletins/[id]/correct", method: "POST", expect: officialOnly(201) },
  // Imports: a contacts list under 马尔康市's case, a lab list of 马尔康市; staff of another county
  // do not find them (their own lab lists are their own, tested in tests/integration/imports).
  { route: "/api/v1/imports", method: "POST", expect: staffRecord(201) },
  { route: "/api/v1/imports/[id]/preview", method: "POST", expect: staffRecord(200) },
  { route: "/api/v1/imports/[id]/commit", method: "POST", expect: staffRecord(201) },
  { route: "/api/v1/imports/[id]/confirm", method: "POST", expect: staffRecord(201) },
  { route: "/api/v1/cases", method: "GET", expect: scopedRead },
  { route: "/api/v1/cases/check", method: "POST", expect: { own: 200, other: 400, official: 403, admin: 403, anon: 401 } },
  // Other-county staff naming 马尔康市 as the county: refused as outside their scope.
  { route: "/api/v1/cases", method: "POST", expect: { own: 201, other: 400, official: 403, admin: 403, anon: 401 } },
  { route: "/api/v1/cases/[id]", method: "GET", expect: staffRecord(200, 200) },
  { route: "/api/v1/cases/[id]", method: "PATCH", expect: staffRecord(200) },
  { route: "/api/v1/cases/[id]/chain", method: "GET", expect: staffRecord(200, 200) },
  { route: "/api/v1/cases/[id]/contacts", method: "POST", expect: staffRecord(201) },
  { route: "/api/v1/cases/[id]/contacts/check", method: "POST", expect: staffRecord(200) },
  { route: "/api/v1/cases/[id]/track", method: "POST", expect: staffRecord(201) },
  // 马尔康市's chains: 汶川县 staff may not ask for another county's.
  { route: "/api/v1/chains", method: "GET", expect: { own: 200, other: 403, official: 200, admin: 403, anon: 401 } },
  { route: "/api/v1/cases/[id]/assignee", method: "PUT", expect: staffRecord(200) },
  { route: "/api/v1/contacts", method: "GET", expect: scopedRead },
  { route: "/api/v1/contacts/[id]", method: "GET", expect: staffRecord(200, 200) },
  { route: "/api/v1/contacts/[id]", method: "PATCH", expect: staffRecord(200) },
  { route: "/api/v1/contacts/[id]/contacts", method: "POST", expect: staffRecord(201) },
  { route: "/api/v1/contacts/[id]/contacts/check", method: "POST", expect: staffRecord(200) },
  { route: "/api/v1/contacts/[id]/extend", method: "POST", expect: staffRecord(200) },
  { route: "/api/v1/contacts/[id]/health-checks", method: "POST", expect: staffRecord(201) },
  { route: "/api/v1/contacts/[id]/reclassify", method: "POST", expect: staffRecord(200) },
  { route: "/api/v1/contacts/[id]/reexposure", method: "POST", expect: staffRecord(200) },
  // Allowed, then refused by the rules: the plan has not reached its release date.
  { route: "/api/v1/contacts/[id]/release", method: "POST", expect: staffRecord(409) },
  { route: "/api/v1/contacts/[id]/site", method: "PUT", expect: staffRecord(200) },
  { route: "/api/v1/contacts/[id]/assignee", method: "PUT", expect: staffRecord(200) },
  // A selection answers per person: another county's person is refused inside a 200.
  { route: "/api/v1/contacts/bulk", method: "POST", expect: { own: 200, other: 200, official: 403, admin: 403, anon: 401 } },
  { route: "/api/v1/contacts/[id]/test-results", method: "POST", expect: staffRecord(201) },
  { route: "/api/v1/contacts/[id]/transfer", method: "POST", expect: staffRecord(201) },
  { route: "/api/v1/dashboard", method: "GET", expect: scopedRead },
  // Downloads of the lists (masked for officials); the audit log for administrators only.
  { route: "/api/v1/exports/audit", method: "GET", expect: adminOnly(200) },
  { route: "/api/v1/exports/cases", method: "GET", expect: scopedRead },
  { route: "/api/v1/exports/contacts", method: "GET", expect: scopedRead },
  { route: "/api/v1/exports/tasks", method: "GET", expect: scopedRead },
  { route: "/api/v1/exports/screening", method: "GET", expect: scopedRead },
  { route: "/api/v1/dashboard/series", method: "GET", expect: scopedRead },
  { route: "/api/v1/me", method: "GET", expect: { own: 200, other: 200, official: 200, admin: 200, anon: 401 } },
  { route: "/api/v1/openapi.json", method: "GET", expect: all(200) },
  // Two records of 马尔康市 with the same name and phone, merged by its staff.
  { route: "/api/v1/persons/merge", method: "POST", expect: staffRecord(200) },
  // Screening items of 马尔康市's queue; "other" adds to its own county's queue.
  { route: "/api/v1/screening", method: "GET", expect: scopedRead },
  { route: "/api/v1/screening", method: "POST", expect: { own: 201, other: 201, official: 403, admin: 403, anon: 401 } },
  { route: "/api/v1/screening/[id]", method: "GET", expect: staffRecord(200, 200) },
  { route: "/api/v1/screening/[id]/attempts", method: "POST", expect: staffRecord(201) },
  { route: "/api/v1/screening/[id]/resolve", method: "POST", expect: staffRecord(200) },
  // Published bulletins are public: answered to everyone, signed out included.
  { route: "/api/v1/public/bulletins", method: "GET", expect: all(200) },
  { route: "/api/v1/public/bulletins/[id]/export", method: "GET", expect: all(200) },
  { route: "/api/v1/sites", method: "GET", expect: scopedRead },
  { route: "/api/v1/sites", method: "POST", expect: { own: 201, other: 201, official: 403, admin: 403, anon: 401 } },
  { route: "/api/v1/sites/[id]", method: "GET", expect: staffRecord(200, 200) },
  { route: "/api/v1/sites/[id]", method: "PATCH", expect: staffRecord(200) },
  { route: "/api/v1/tasks", method: "GET", expect: scopedRead },
  { route: "/api/v1/track-entries/[id]", method: "PATCH", expect: staffRecord(200) },
  { route: "/api/v1/track-entries/[id]", method: "DELETE", expect: staffRecord(200) },
  // Transfers from 马尔康市 to 汶川县: the receiver answers, the sender withdraws.
  { route: "/api/v1/transfers", method: "GET", expect: scopedRead },
  { route: "/api/v1/transfers/[id]", method: "GET", expect: scopedRead },
  { route: "/api/v1/transfers/[id]/answer", method: "POST", expect: { own: 404, other: 200, official: 403, admin: 403, anon: 401 } },
  { route: "/api/v1/transfers/[id]/cancel", method: "POST", expect: staffRecord(200) },
];

export const key = (e: Pick<MatrixEntry, "route" | "method">) => `${e.method} ${e.route}`;
