import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { API_OPERATIONS, openApiDocument } from "@/lib/http/openapi";

type Json = Record<string, unknown>;
const apiRoot = path.resolve(import.meta.dirname, "../../../app/api/v1");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/** Every route.ts under app/api/v1 as "METHOD /api/v1/path/{param}", from the files themselves. */
function routeFileOperations(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      // The catch-all ([...path]) is no operation: it is the JSON 404 for unknown paths.
      if (entry.isDirectory()) {
        if (!entry.name.startsWith("[...")) walk(full);
      } else if (entry.name === "route.ts") {
        const rel = path.relative(apiRoot, dir).split(path.sep).filter(Boolean);
        const urlPath = ["/api/v1", ...rel.map((seg) => seg.replace(/^\[(\w+)\]$/, "{$1}"))].join("/");
        const source = fs.readFileSync(full, "utf8");
        const found = METHODS.filter((m) => new RegExp(`export\\s+(const|async\\s+function|function)\\s+${m}\\b`).test(source));
        expect(found, `${full} exports no handler`).not.toEqual([]);
        for (const m of found) out.push(`${m} ${urlPath}`);
      }
    }
  };
  walk(apiRoot);
  return out.sort();
}

const doc = openApiDocument() as Json & { paths: Record<string, Record<string, Json>>; components: Json };

function documentedOperations(): string[] {
  return Object.entries(doc.paths)
    .flatMap(([p, item]) => Object.keys(item).map((m) => `${m.toUpperCase()} ${p}`))
    .sort();
}

function refsIn(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => refsIn(v, out));
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      if (k === "$ref" && typeof v === "string") out.push(v);
      else refsIn(v, out);
    }
  }
  return out;
}

function resolve(pointer: string): unknown {
  expect(pointer.startsWith("#/")).toBe(true);
  return pointer
    .slice(2)
    .split("/")
    .reduce<unknown>((cur, key) => (cur && typeof cur === "object" ? (cur as Json)[key] : undefined), doc);
}

const schema = (name: string) => (doc.components.schemas as Record<string, Json>)[name]!;

describe("OpenAPI document", () => {
  it("lists exactly the route files under app/api/v1 with their methods", () => {
    const files = routeFileOperations();
    expect(files.length).toBeGreaterThanOrEqual(20);
    expect(documentedOperations()).toEqual(files);
  });

  it("covers every endpoint of the JSON API (docs/architecture.md, JSON API)", () => {
    const ops = documentedOperations();
    for (const op of [
      "POST /api/v1/cases",
      "GET /api/v1/cases",
      "GET /api/v1/cases/{id}",
      "POST /api/v1/cases/{id}/contacts",
      "POST /api/v1/contacts/{id}/contacts",
      "GET /api/v1/contacts",
      "GET /api/v1/contacts/{id}",
      "POST /api/v1/contacts/{id}/test-results",
      "POST /api/v1/contacts/{id}/extend",
      "POST /api/v1/contacts/{id}/release",
      "GET /api/v1/tasks",
      "GET /api/v1/dashboard",
    ]) {
      expect(ops).toContain(op);
    }
  });

  it("is OpenAPI 3.1 with unique operation ids, declared path parameters and resolvable $refs", () => {
    expect(doc.openapi).toBe("3.1.0");
    const ids = API_OPERATIONS.map((o) => o.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [p, item] of Object.entries(doc.paths)) {
      const templated = [...p.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      for (const op of Object.values(item)) {
        const declared = ((op.parameters ?? []) as Json[]).filter((x) => x.in === "path").map((x) => x.name);
        expect(declared, p).toEqual(templated);
      }
    }
    for (const r of refsIn(doc)) expect(resolve(r), r).toBeDefined();
    expect(() => JSON.parse(JSON.stringify(doc))).not.toThrow();
  });

  it("requires the session everywhere but on the document itself, and lists the error answers", () => {
    for (const [p, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        const responses = op.responses as Record<string, unknown>;
        const ok = Object.keys(responses).filter((s) => s.startsWith("2"));
        expect(ok, `${method} ${p}`).toHaveLength(1);
        // The document itself and the published bulletins are public.
        if (p === "/api/v1/openapi.json" || p.startsWith("/api/v1/public/")) {
          expect(op.security).toEqual([]);
          continue;
        }
        expect(op.security, `${method} ${p}`).toBeUndefined();
        expect(responses["401"], `${method} ${p}`).toBeDefined();
        if (p.includes("{id}")) expect(responses["404"], `${method} ${p}`).toBeDefined();
        if (op.requestBody) expect(responses["400"], `${method} ${p}`).toBeDefined();
      }
    }
    expect(doc.security).toEqual([{ sessionCookie: [] }]);
    expect(doc.paths["/api/v1/cases"]!.post!.responses).toHaveProperty("201");
    expect(doc.paths["/api/v1/contacts/{id}/extend"]!.post!.responses).toHaveProperty("422");
    expect(doc.paths["/api/v1/contacts/{id}/release"]!.post!.responses).toHaveProperty("409");
  });

  it("generates request bodies from the services' zod schemas", () => {
    const registerCase = schema("RegisterCaseInput");
    expect(registerCase.required).toEqual(["name", "sex", "countyCode", "classification", "confirmedDate"]);
    const props = registerCase.properties as Record<string, Json>;
    expect(props.confirmedDate).toEqual({ type: "string", format: "date" });
    expect(props.classification).toEqual({ type: "string", enum: ["CONFIRMED", "ASYMPTOMATIC"] });

    const contacts = schema("RegisterContactsInput").properties as Record<string, Json>;
    const row = (contacts.contacts!.items ?? {}) as Json;
    expect(row.required).toEqual(["name", "lastExposureDate", "identifiedDate"]);
    expect((row.properties as Record<string, Json>).category).toEqual({ type: "string", enum: ["CLOSE", "SECONDARY", "GENERAL"] });

    expect((schema("RecordTestResultInput").properties as Record<string, Json>).result).toEqual({ type: "string", enum: ["NEGATIVE", "POSITIVE", "PENDING"] });
    expect(schema("ExtendPhaseInput").required).toEqual(["phase", "newEndDate", "reason"]);
    expect(schema("UpdateContactInput").required).toEqual(["version"]);
    expect((schema("AssignSiteInput").properties as Record<string, Json>).siteId).toEqual({ anyOf: [{ type: "string", format: "uuid" }, { type: "null" }] });
  });

  it("generates query parameters from the list schemas", () => {
    const params = doc.paths["/api/v1/contacts"]!.get!.parameters as Json[];
    expect(params.map((p) => p.name)).toEqual(expect.arrayContaining(["category", "phase", "due", "page", "q", "siteId", "status", "date"]));
    expect(params.every((p) => p.in === "query" && p.required === false)).toBe(true);
    const pageParam = params.find((p) => p.name === "page")!;
    expect(pageParam.schema).toMatchObject({ type: "integer", minimum: 1, default: 1 });
    const dashboard = doc.paths["/api/v1/dashboard"]!.get!.parameters as Json[];
    expect(dashboard).toEqual([
      { name: "date", in: "query", required: false, schema: { type: "string", format: "date" } },
      { name: "county", in: "query", required: false, schema: { type: "string", pattern: "^\\d{6}$" } },
    ]);
  });

  it("describes the documented answers: the error shape, plans and escalation", () => {
    const error = schema("Error") as Json & { properties: { error: Json & { required: string[] } } };
    expect(error.properties.error.required).toEqual(["code", "message"]);
    expect(schema("Plan").required).toEqual(expect.arrayContaining(["category", "phases", "tests", "releaseDate"]));
    expect(schema("Escalation").required).toEqual(["caseId", "upgradedContactIds"]);
    expect(schema("TestResultAnswer").required).toEqual(["testResult"]);
  });
});

describe("answers in the OpenAPI document", () => {
  it("are generated from the zod response schemas: one component each, strict objects, shared parts by $ref", async () => {
    const { ANSWER_SCHEMAS } = await import("@/lib/http/answer-schemas");
    for (const name of Object.keys(ANSWER_SCHEMAS)) {
      const s = schema(name);
      expect(s, name).toBeDefined();
      expect(s.$id, name).toBeUndefined();
      expect(s.$schema, name).toBeUndefined();
    }
    for (const op of API_OPERATIONS) if (op.ok.schema !== "OpenApiDocument" && op.ok.schema !== "ExportFile") expect(Object.keys(ANSWER_SCHEMAS), op.operationId).toContain(op.ok.schema);
    const contact = schema("ContactDetail") as Json & { properties: Record<string, Json> };
    expect(contact.additionalProperties).toBe(false);
    expect(contact.properties.person).toEqual({ $ref: "#/components/schemas/Person" });
    expect(contact.properties.statusDate).toEqual({ anyOf: [{ type: "string", format: "date" }, { type: "null" }] });
    expect((schema("PersonMatch").properties as Record<string, Json>).kind).toEqual({ type: "string", enum: ["OPEN_CASE", "ACTIVE_PLAN", "HISTORY", "OTHER_COUNTY", "POSSIBLE"] });
  });
});
