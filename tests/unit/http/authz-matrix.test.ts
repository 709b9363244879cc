// Every route file under app/api and every method it exports has a row in the authorization
// matrix (tests/authz/matrix.ts), so a new route cannot ship without saying who may call it.
// Also: lib/http/api-routes.ts (the proxy's JSON 404/405 table) lists the same v1 routes.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { API_ROUTES } from "@/lib/http/api-routes";
import { key, MATRIX } from "../../authz/matrix";

const root = path.resolve(__dirname, "../../../app");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/** "METHOD /api/…" for each exported handler of each app/api/**\/route.ts. */
function routeOperations(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts") {
        const route = "/" + path.relative(root, dir).split(path.sep).join("/");
        const source = fs.readFileSync(full, "utf8");
        const exported = new Set<string>();
        for (const m of METHODS) if (new RegExp(`export\\s+(const|async\\s+function|function)\\s+${m}\\b`).test(source)) exported.add(m);
        for (const list of source.matchAll(/export\s*\{([^}]*)\}/g)) {
          for (const m of METHODS) if (new RegExp(`\\bas\\s+${m}\\b|^\\s*${m}\\s*$`).test(list[1]!.split(",").join("\n"))) exported.add(m);
        }
        expect([...exported], `${full} exports no handler`).not.toEqual([]);
        for (const m of exported) out.push(`${m} ${route}`);
      }
    }
  };
  walk(path.join(root, "api"));
  return out.sort();
}

describe("authorization matrix", () => {
  const files = routeOperations();

  it("has an entry for every route and method", () => {
    expect(files.length).toBeGreaterThan(30);
    const missing = files.filter((op) => !MATRIX.some((e) => key(e) === op));
    expect(missing, "add these to tests/authz/matrix.ts").toEqual([]);
  });

  it("has no entry for a route or method that does not exist (unless built on another branch)", () => {
    const stale = MATRIX.filter((e) => !e.external && !files.includes(key(e))).map(key);
    expect(stale).toEqual([]);
  });

  it("gives every caller a status, and signed-out callers never a success on private routes", () => {
    const publicRoutes = ["/api/auth/[...nextauth]", "/api/v1/openapi.json", "/api/health", "/api/ready", "/api/v1/[...path]", "/api/v1/public/bulletins", "/api/v1/public/bulletins/[id]/export"];
    for (const e of MATRIX) {
      if (!publicRoutes.includes(e.route)) expect(e.expect.anon, key(e)).toBe(401);
    }
  });

  it("the proxy's route table lists exactly the v1 route files", () => {
    const v1 = files.filter((op) => op.includes(" /api/v1/") && !op.includes("[...path]"));
    const table = API_ROUTES.flatMap((r) => r.methods.map((m) => `${m} ${r.path}`)).sort();
    expect(table).toEqual(v1);
  });
});
