/**
 * Every JSON API route and the methods it answers, as in app/api/v1/**\/route.ts. proxy.ts
 * answers from it a JSON 404 for an unknown path and a JSON 405 with `Allow` for a method a
 * route does not have (Next.js would answer an HTML page and an empty 405), and logs name the
 * route pattern rather than the path. tests/unit/http/api-routes.test.ts compares it with the
 * route files, so a new route without an entry fails the suite.
 */
export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface ApiRoute {
  /** With [id] for a path segment. */
  path: string;
  methods: readonly Method[];
  /** Takes a multipart/form-data upload (a spreadsheet) instead of a JSON body. */
  upload?: boolean;
}

export const API_ROUTES: readonly ApiRoute[] = [
  { path: "/api/v1/admin/counties", methods: ["POST"] },
  { path: "/api/v1/admin/counties/[code]", methods: ["PATCH"] },
  { path: "/api/v1/admin/policy", methods: ["GET", "POST"] },
  { path: "/api/v1/admin/policy/preview", methods: ["POST"] },
  { path: "/api/v1/admin/prefecture", methods: ["PATCH"] },
  { path: "/api/v1/admin/reference", methods: ["GET"] },
  { path: "/api/v1/admin/users", methods: ["GET", "POST"] },
  { path: "/api/v1/admin/users/[id]", methods: ["PATCH"] },
  { path: "/api/v1/admin/users/[id]/password", methods: ["POST"] },
  { path: "/api/v1/assists", methods: ["GET"] },
  { path: "/api/v1/assists/[id]", methods: ["GET"] },
  { path: "/api/v1/assists/[id]/answer", methods: ["POST"] },
  { path: "/api/v1/bulletins", methods: ["GET", "POST"] },
  { path: "/api/v1/bulletins/[id]", methods: ["GET", "PATCH"] },
  { path: "/api/v1/bulletins/[id]/correct", methods: ["POST"] },
  { path: "/api/v1/bulletins/[id]/publish", methods: ["POST"] },
  { path: "/api/v1/bulletins/[id]/review", methods: ["POST"] },
  { path: "/api/v1/cases", methods: ["GET", "POST"] },
  { path: "/api/v1/cases/check", methods: ["POST"] },
  { path: "/api/v1/cases/[id]", methods: ["GET", "PATCH"] },
  { path: "/api/v1/cases/[id]/chain", methods: ["GET"] },
  { path: "/api/v1/cases/[id]/assignee", methods: ["PUT"] },
  { path: "/api/v1/cases/[id]/contacts", methods: ["POST"] },
  { path: "/api/v1/cases/[id]/contacts/check", methods: ["POST"] },
  { path: "/api/v1/cases/[id]/track", methods: ["POST"] },
  { path: "/api/v1/chains", methods: ["GET"] },
  { path: "/api/v1/contacts", methods: ["GET"] },
  { path: "/api/v1/contacts/bulk", methods: ["POST"] },
  { path: "/api/v1/contacts/[id]", methods: ["GET", "PATCH"] },
  { path: "/api/v1/contacts/[id]/assignee", methods: ["PUT"] },
  { path: "/api/v1/contacts/[id]/contacts", methods: ["POST"] },
  { path: "/api/v1/contacts/[id]/contacts/check", methods: ["POST"] },
  { path: "/api/v1/contacts/[id]/extend", methods: ["POST"] },
  { path: "/api/v1/contacts/[id]/health-checks", methods: ["POST"] },
  { path: "/api/v1/contacts/[id]/reclassify", methods: ["POST"] },
  { path: "/api/v1/contacts/[id]/reexposure", methods: ["POST"] },
  { path: "/api/v1/contacts/[id]/release", methods: ["POST"] },
  { path: "/api/v1/contacts/[id]/site", methods: ["PUT"] },
  { path: "/api/v1/contacts/[id]/test-results", methods: ["POST"] },
  { path: "/api/v1/contacts/[id]/transfer", methods: ["POST"] },
  { path: "/api/v1/dashboard", methods: ["GET"] },
  { path: "/api/v1/exports/audit", methods: ["GET"] },
  { path: "/api/v1/exports/cases", methods: ["GET"] },
  { path: "/api/v1/exports/contacts", methods: ["GET"] },
  { path: "/api/v1/exports/tasks", methods: ["GET"] },
  { path: "/api/v1/exports/screening", methods: ["GET"] },
  { path: "/api/v1/dashboard/series", methods: ["GET"] },
  { path: "/api/v1/imports", methods: ["POST"], upload: true },
  { path: "/api/v1/imports/[id]/commit", methods: ["POST"] },
  { path: "/api/v1/imports/[id]/confirm", methods: ["POST"] },
  { path: "/api/v1/imports/[id]/preview", methods: ["POST"] },
  { path: "/api/v1/me", methods: ["GET"] },
  { path: "/api/v1/openapi.json", methods: ["GET"] },
  { path: "/api/v1/persons/merge", methods: ["POST"] },
  { path: "/api/v1/screening", methods: ["GET", "POST"] },
  { path: "/api/v1/screening/[id]", methods: ["GET"] },
  { path: "/api/v1/screening/[id]/attempts", methods: ["POST"] },
  { path: "/api/v1/screening/[id]/resolve", methods: ["POST"] },
  { path: "/api/v1/public/bulletins", methods: ["GET"] },
  { path: "/api/v1/public/bulletins/[id]/export", methods: ["GET"] },
  { path: "/api/v1/sites", methods: ["GET", "POST"] },
  { path: "/api/v1/sites/[id]", methods: ["GET", "PATCH"] },
  { path: "/api/v1/tasks", methods: ["GET"] },
  { path: "/api/v1/track-entries/[id]", methods: ["PATCH", "DELETE"] },
  { path: "/api/v1/transfers", methods: ["GET"] },
  { path: "/api/v1/transfers/[id]", methods: ["GET"] },
  { path: "/api/v1/transfers/[id]/answer", methods: ["POST"] },
  { path: "/api/v1/transfers/[id]/cancel", methods: ["POST"] },
];

/** Routes answered without a session (they describe shapes only). */
export const PUBLIC_API_PATHS: ReadonlySet<string> = new Set(["/api/v1/openapi.json"]);

/**
 * Routes and pages answered without a session because they publish what is public by design:
 * the published daily bulletins, counts only (docs/decisions/0021-bulletin-workflow.md).
 */
export const PUBLIC_PREFIXES_PUBLISHED = ["/api/v1/public/", "/public/"] as const;

function matches(pattern: string, pathname: string): boolean {
  const a = pattern.split("/");
  const b = pathname.replace(/\/+$/, "").split("/");
  return a.length === b.length && a.every((seg, i) => (seg.startsWith("[") ? b[i] !== "" : seg === b[i]));
}

/** The route a path belongs to (static segments win over [id]), or undefined. */
export function routeOf(pathname: string): ApiRoute | undefined {
  const candidates = API_ROUTES.filter((r) => matches(r.path, pathname));
  return candidates.sort((x, y) => x.path.split("[").length - y.path.split("[").length)[0];
}

/** What a method answers on a route: HEAD with GET, OPTIONS always (Next.js adds both). */
export function allowedMethods(route: ApiRoute): string[] {
  const m: string[] = [...route.methods];
  if (m.includes("GET")) m.push("HEAD");
  m.push("OPTIONS");
  return m;
}
