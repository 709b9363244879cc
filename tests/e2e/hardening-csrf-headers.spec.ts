// Issue 8, "What was found", over HTTP: a cross-site text/plain POST with the cookie created a
// site, a foreign-origin server action answered 500, security headers were missing, and API
// answers carrying personal data had no Cache-Control: no-store.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { apiSession, expectError, expectStatus } from "./api-helpers";
import { captureServerAction, newContext, replayAction } from "./hardening-helpers";

let staff: APIRequestContext;
test.beforeAll(async ({ playwright, baseURL }) => {
  staff = await apiSession(playwright, baseURL!, "maerkang");
});

async function siteNames(): Promise<string[]> {
  const page = await expectStatus<{ items: { name: string }[] }>(await staff.get("/api/v1/sites?pageSize=200&includeInactive=true"), 200);
  return page.items.map((s) => s.name);
}

test("a cross-site form POST (text/plain) with the cookie is refused (415) and creates nothing", async () => {
  const name = `跨站-${Math.random().toString(36).slice(2, 7)}`;
  const res = await staff.post("/api/v1/sites", {
    headers: { "Content-Type": "text/plain", Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" },
    data: JSON.stringify({ name, capacity: 5 }),
  });
  await expectError(res, 415, "UNSUPPORTED_MEDIA_TYPE");
  // Even as text/plain from a page without Origin: JSON only.
  await expectError(await staff.post("/api/v1/sites", { headers: { "Content-Type": "text/plain" }, data: JSON.stringify({ name, capacity: 5 }) }), 415, "UNSUPPORTED_MEDIA_TYPE");
  expect(await siteNames()).not.toContain(name);
});

test("a JSON request from another origin is refused (403); same-origin and scripts without browser headers pass", async ({ baseURL }) => {
  const name = `同源-${Math.random().toString(36).slice(2, 7)}`;
  const data = { name, capacity: 2 };
  await expectError(await staff.post("/api/v1/sites", { data, headers: { Origin: "https://evil.example" } }), 403, "FORBIDDEN");
  await expectError(await staff.post("/api/v1/sites", { data, headers: { "Sec-Fetch-Site": "cross-site" } }), 403, "FORBIDDEN");
  await expectError(await staff.post("/api/v1/sites", { data, headers: { Origin: "null" } }), 403, "FORBIDDEN");
  expect(await siteNames()).not.toContain(name);
  await expectStatus(await staff.post("/api/v1/sites", { data, headers: { Origin: new URL(baseURL!).origin, "Sec-Fetch-Site": "same-origin" } }), 201);
  await expectStatus(await staff.post("/api/v1/sites", { data: { name: `${name}-2`, capacity: 2 } }), 201);
});

test("a server action from a foreign origin answers 403; from the app's own origin it works", async ({ page, playwright, baseURL }) => {
  await page.goto("/signin");
  const action = await captureServerAction(page, () => page.getByRole("button", { name: "语言" }).click());
  const ctx = await newContext(playwright, baseURL!);
  const foreign = await replayAction(ctx, action, { Origin: "https://evil.example" });
  expect(foreign.status()).toBe(403);
  const own = await replayAction(ctx, action, { Origin: new URL(baseURL!).origin });
  expect(own.status()).toBe(200);
});

test("pages and API answers carry the security headers; API answers are never cached and carry the request id", async ({ playwright, baseURL }) => {
  const anonymous = await newContext(playwright, baseURL!);
  for (const res of [await anonymous.get("/signin"), await staff.get("/today"), await staff.get("/api/v1/me"), await anonymous.get("/api/v1/me")]) {
    const h = res.headers();
    expect(h["content-security-policy"], res.url()).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(h["content-security-policy"]).not.toContain("unsafe-eval");
    expect(h["x-frame-options"]).toBe("DENY");
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(h["permissions-policy"]).toContain("camera=()");
    // Served over plain http here: no HSTS (it would be set with an https NEXTAUTH_URL).
    expect(h["strict-transport-security"]).toBeUndefined();
    expect(h["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  }
  const me = await staff.get("/api/v1/me");
  expect(me.headers()["cache-control"]).toBe("no-store");
  const contacts = await staff.get("/api/v1/contacts");
  expect(contacts.headers()["cache-control"]).toBe("no-store");
  const denied = await anonymous.get("/api/v1/contacts");
  expect(denied.headers()["cache-control"]).toBe("no-store");
  const body = (await denied.json()) as { error: { requestId: string } };
  expect(body.error.requestId).toBe(denied.headers()["x-request-id"]);
  // A client's own X-Request-Id is not taken from an untrusted peer.
  const own = await staff.get("/api/v1/me", { headers: { "X-Request-Id": "client-chosen-id-123" } });
  expect(own.headers()["x-request-id"]).not.toBe("client-chosen-id-123");
});
