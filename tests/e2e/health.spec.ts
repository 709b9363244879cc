import { expect, test } from "@playwright/test";

// Load balancers and orchestrators probe these without a session.
test("/api/health and /api/ready answer JSON without signing in", async ({ playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  const health = await anonymous.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toEqual({ status: "ok" });

  const ready = await anonymous.get("/api/ready");
  expect(ready.status(), await ready.text()).toBe(200);
  expect(await ready.json()).toMatchObject({ status: "ready", migrations: expect.any(Number) });
  expect(ready.headers()["cache-control"]).toContain("no-store");
  await anonymous.dispose();
});
