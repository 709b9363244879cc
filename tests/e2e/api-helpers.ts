// Helpers for the HTTP API tests: sessions signed in through NextAuth's credentials flow,
// calendar dates in the prefecture, valid resident ID numbers, and a small checker of answers
// against the served OpenAPI document. Deliberately independent of lib/: the tests compute
// what the app should answer on their own.
import { expect, type APIRequestContext, type APIResponse, type PlaywrightWorkerArgs } from "@playwright/test";
import { ACCOUNTS } from "./helpers";

export type Account = keyof typeof ACCOUNTS;

/** A request context of its own (its own cookie jar), signed in as `account` unless omitted. */
export async function apiSession(
  playwright: PlaywrightWorkerArgs["playwright"],
  baseURL: string,
  account?: Account,
  locale = "zh-CN",
): Promise<APIRequestContext> {
  const ctx = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "Accept-Language": locale } });
  if (!account) return ctx;
  const { csrfToken } = (await (await ctx.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const { username, password } = ACCOUNTS[account];
  const res = await ctx.post("/api/auth/callback/credentials", { form: { csrfToken, username, password, json: "true" } });
  const answer = await res.text();
  expect(res.status(), `sign-in of ${username}: ${answer}`).toBe(200);
  expect((JSON.parse(answer) as { url: string }).url, `sign-in of ${username}`).not.toContain("error");
  const me = await ctx.get("/api/v1/me");
  expect(me.status()).toBe(200);
  expect(((await me.json()) as { user: { username: string } }).user.username).toBe(username);
  return ctx;
}

/** The answer's JSON after checking its status (the body is shown when the status differs). */
export async function expectStatus<T = unknown>(res: APIResponse, status: number): Promise<T> {
  const text = await res.text();
  expect(res.status(), `${res.url()} answered ${text.slice(0, 2000)}`).toBe(status);
  return (text ? JSON.parse(text) : undefined) as T;
}

export interface ApiError {
  error: { code: string; message: string; fields?: { path: string; message: string }[] };
}

export async function expectError(res: APIResponse, status: number, code: string): Promise<ApiError["error"]> {
  const body = await expectStatus<ApiError>(res, status);
  expect(body.error.code).toBe(code);
  expect(body.error.message).toBeTruthy();
  return body.error;
}


/** The same number with a wrong check character. */
export function withWrongCheckDigit(id: string): string {
  return id.slice(0, 17) + (id[17] === "1" ? "2" : "1");
}

// -------------------------------------------------------- answers against the OpenAPI document

type Schema = Record<string, unknown>;

function typeMatches(type: string, value: unknown): boolean {
  switch (type) {
    case "null":
      return value === null;
    case "integer":
      return Number.isInteger(value);
    case "number":
      return typeof value === "number";
    case "object":
      return typeof value === "object" && value !== null && !Array.isArray(value);
    case "array":
      return Array.isArray(value);
    default:
      return typeof value === type;
  }
}

/** Problems of `value` against `schema`: $ref, anyOf, type, enum, date/uuid formats, objects, arrays. */
export function schemaProblems(doc: Schema, schema: Schema, value: unknown, at = "$"): string[] {
  if (typeof schema.$ref === "string") {
    const target = schema.$ref
      .slice(2)
      .split("/")
      .reduce<unknown>((cur, k) => (cur as Schema | undefined)?.[k], doc) as Schema | undefined;
    if (!target) return [`${at}: unresolved ${schema.$ref}`];
    return schemaProblems(doc, target, value, at);
  }
  if (Array.isArray(schema.anyOf)) {
    const results = (schema.anyOf as Schema[]).map((s) => schemaProblems(doc, s, value, at));
    return results.some((r) => r.length === 0) ? [] : results.flat();
  }
  if (schema.type !== undefined) {
    const types = ([] as string[]).concat(schema.type as string | string[]);
    if (!types.some((t) => typeMatches(t, value))) return [`${at}: expected ${types.join("|")}, got ${JSON.stringify(value)?.slice(0, 80)}`];
  }
  const problems: string[] = [];
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) problems.push(`${at}: ${JSON.stringify(value)} not in ${JSON.stringify(schema.enum)}`);
  if (typeof value === "string" && schema.format === "date" && !/^\d{4}-\d{2}-\d{2}$/.test(value)) problems.push(`${at}: not a date: ${value}`);
  if (typeof value === "string" && schema.format === "uuid" && !/^[0-9a-f-]{36}$/i.test(value)) problems.push(`${at}: not a uuid: ${value}`);
  if (typeMatches("object", value) && schema.properties) {
    const obj = value as Record<string, unknown>;
    const props = schema.properties as Record<string, Schema>;
    for (const key of (schema.required as string[] | undefined) ?? []) if (!(key in obj)) problems.push(`${at}.${key}: missing`);
    for (const [key, v] of Object.entries(obj)) {
      if (props[key]) problems.push(...schemaProblems(doc, props[key], v, `${at}.${key}`));
      else if (schema.additionalProperties === false) problems.push(`${at}.${key}: not documented`);
    }
  }
  if (Array.isArray(value) && schema.items) value.forEach((v, i) => problems.push(...schemaProblems(doc, schema.items as Schema, v, `${at}[${i}]`)));
  return problems;
}

/** Checks an answer against components.schemas[name] of the served document. */
export function expectDocumented(doc: Schema, name: string, value: unknown): void {
  expect(schemaProblems(doc, { $ref: `#/components/schemas/${name}` }, value), `answer vs. ${name}`).toEqual([]);
}
