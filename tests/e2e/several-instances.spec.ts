// Two production instances of the app from ONE build (the one the webServer's `npm start`
// made), on one PostgreSQL, behind a small reverse proxy that the test steers: a session made
// on instance A works on instance B for pages, the API and server actions (a page served by
// A submitting its action to B). With a standby (TRACER_TEST_STANDBY_URL, see
// scripts/standby-postgres.sh) the lists read the replica and writes reach the primary.
// docs/decisions/0006-several-instances.md
import crypto from "node:crypto";
import http from "node:http";
import path from "node:path";
import pg from "pg";
import { expect, test } from "@playwright/test";
import { field, signIn } from "./helpers";
import { basePort, exitOf, killStarted, root, runScript, statusOf, until, type Started } from "./processes";

const instancePorts = [basePort + 2, basePort + 3] as const;
const [A, B] = instancePorts;
const proxyPort = basePort + 4;
const publicURL = `http://localhost:${proxyPort}`;
const serverUrl = process.env.DATABASE_URL ?? "";
const standbyUrl = process.env.TRACER_TEST_STANDBY_URL ?? "";
const dbName = `tracer_e2e_instances_${basePort}`;

const onDatabase = (base: string, name: string) => Object.assign(new URL(base), { pathname: `/${name}` }).toString();

async function sql<T extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

// The reverse proxy: every request goes to `target`, as a load balancer may send any request
// to any instance; it forwards Host and sets X-Forwarded-* as nginx does.
let target: number = A;
const served: { port: number; method: string; action: boolean; path: string }[] = [];
const proxy = http.createServer((req, res) => {
  const port = target;
  served.push({ port, method: req.method ?? "", action: Boolean(req.headers["next-action"]), path: req.url ?? "" });
  const upstream = http.request(
    { host: "127.0.0.1", port, method: req.method, path: req.url, headers: { ...req.headers, "x-forwarded-host": req.headers.host, "x-forwarded-proto": "http" } },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, { ...answer.headers, "x-served-by": String(port) });
      answer.pipe(res);
    },
  );
  upstream.on("error", () => {
    res.writeHead(502);
    res.end();
  });
  req.pipe(upstream);
});

const instances: Started[] = [];

test.describe.configure({ mode: "serial" });
test.skip(!serverUrl, "needs a PostgreSQL server (DATABASE_URL)");
test.use({ baseURL: publicURL });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  await sql(serverUrl, `DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  await sql(serverUrl, `CREATE DATABASE ${dbName}`);
  const databaseUrl = onDatabase(serverUrl, dbName);

  // The one-off setup, then instances that skip it.
  const setup = runScript("scripts/setup.ts", { DATABASE_URL: databaseUrl, TRACER_DEMO_DATA: "0" }, ["--demo"]);
  expect((await exitOf(setup, 180_000)).code, setup.output()).toBe(0);

  const shared = {
    DATABASE_URL: databaseUrl,
    DATABASE_READ_URL: standbyUrl ? onDatabase(standbyUrl, dbName) : "",
    NEXTAUTH_SECRET: crypto.randomBytes(32).toString("base64"),
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: crypto.randomBytes(32).toString("base64"),
    NEXTAUTH_URL: publicURL,
    TRACER_SKIP_SETUP: "1",
    TRACER_DATA_DIR: path.join(root, ".data", `e2e-${basePort}-instances`),
  };
  for (const port of instancePorts) instances.push(runScript("scripts/start.ts", { ...shared, PORT: String(port) }));
  for (const [i, port] of instancePorts.entries()) {
    await until(`instance ${port} to be ready`, async () => (await statusOf(`http://localhost:${port}/api/ready`)) === 200, 180_000, instances[i]);
  }
  for (const s of instances) {
    expect(s.output()).not.toContain("Building the app");
    expect(s.output()).not.toContain("migrate deploy");
  }
  await new Promise<void>((resolve) => proxy.listen(proxyPort, "127.0.0.1", resolve));
});

test.afterAll(async () => {
  proxy.close();
  for (const s of instances) s.child.kill("SIGTERM");
  for (const s of instances) await exitOf(s).catch(() => undefined);
  killStarted();
  if (standbyUrl) await sql(onDatabase(standbyUrl, "postgres"), "SELECT pg_wal_replay_resume()").catch(() => undefined);
  if (serverUrl) await sql(serverUrl, `DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
});

test("a session made on instance A works on instance B: pages, API and server actions", async ({ page }) => {
  target = A;
  await signIn(page, "maerkang");
  expect(served.length).toBeGreaterThan(0);
  expect(served.every((r) => r.port === A)).toBe(true);

  target = B;
  served.length = 0;
  await page.goto("/cases");
  await expect(page).toHaveURL(/\/cases$/);
  await expect(page.getByTestId("current-user")).toContainText("马尔康 李医生");

  const me = await page.request.get("/api/v1/me");
  expect(me.status()).toBe(200);
  expect(me.headers()["x-served-by"]).toBe(String(B));
  expect(((await me.json()) as { user: { username: string } }).user.username).toBe("maerkang");

  // The form comes from A; its server action is answered by B.
  target = A;
  await page.goto("/sites/new");
  const site = `多实例隔离点 ${Date.now() % 100000}`;
  await field(page, "名称").fill(site);
  await field(page, "房间数").fill("2");
  target = B;
  served.length = 0;
  await page.getByRole("button", { name: "创建隔离点" }).click();
  await expect(page.getByRole("heading", { name: site, level: 1 })).toBeVisible();
  expect(served.filter((r) => r.action).map((r) => r.port)).toEqual([B]);
  expect(served.every((r) => r.port === B)).toBe(true);
});

test("writes reach the primary and the lists read the replica", async ({ page }) => {
  test.skip(!standbyUrl, "needs a standby (TRACER_TEST_STANDBY_URL, scripts/standby-postgres.sh)");
  const standbyAdmin = onDatabase(standbyUrl, "postgres");
  const name = `多实例病例${Date.now() % 100000}`;
  const listed = async () => {
    const res = await page.request.get(`/api/v1/cases?q=${encodeURIComponent(name)}`);
    expect(res.status()).toBe(200);
    return ((await res.json()) as { total: number }).total;
  };
  target = A;
  await signIn(page, "maerkang");

  await sql(standbyAdmin, "SELECT pg_wal_replay_pause()");
  try {
    await until("the standby's replay to pause", async () => (await sql<{ s: string }>(standbyAdmin, "SELECT pg_get_wal_replay_pause_state() AS s"))[0]?.s === "paused", 30_000);
    target = B;
    const created = await page.request.post("/api/v1/cases", {
      headers: { Origin: publicURL },
      data: { name, sex: "FEMALE", countyCode: "513201", classification: "ASYMPTOMATIC", confirmedDate: new Date().toISOString().slice(0, 10) },
    });
    expect(created.status(), await created.text()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    expect(await sql(onDatabase(serverUrl, dbName), `SELECT 1 AS n FROM "Case" WHERE id = $1::uuid`, [id])).toEqual([{ n: 1 }]);

    // Both instances list from the paused replica: not there yet.
    for (const port of instancePorts) {
      target = port;
      expect(await listed()).toBe(0);
    }
  } finally {
    await sql(standbyAdmin, "SELECT pg_wal_replay_resume()");
  }
  target = A;
  await until("the replica to catch up", async () => (await listed()) === 1, 30_000);
});
