/**
 * Load run (issue 8): N concurrent signed-in users (default 50) for D seconds (default 60) doing
 * a mix of reads and writes over the JSON API of a running production build, then requests,
 * errors and p50/p95 per route.
 *
 *   DATABASE_URL=postgresql://…/tracer_x NEXTAUTH_SECRET=… PORT=3301 npm start   # in one shell
 *   DATABASE_URL=postgresql://…/tracer_x BASE_URL=http://localhost:3301 npm run bench:load -- [users=50] [seconds=60]
 *
 * DATABASE_URL is used only to create the bench accounts (county staff, one per user, password
 * already changed); everything else goes through HTTP like any client. An error is any answer
 * other than the expected status, or a failed request.
 */
import { performance } from "node:perf_hooks";
import { createPrismaClient } from "../../lib/db";
import { hashPassword } from "../../lib/auth/password";
import { ABA_COUNTIES, seedReferenceData } from "../../lib/seed/reference-data";
import { idCardCheckChar } from "../../lib/validation/id-card";
import { addDays, todayInTimeZone } from "../../lib/isolation/dates";

const USERS = Number(process.argv[2] ?? 50);
const SECONDS = Number(process.argv[3] ?? 60);
const BASE = process.env.BASE_URL ?? "http://localhost:3000";
const PASSWORD = "Bench#Load2026";
const T = todayInTimeZone(new Date(), "Asia/Shanghai");
const RUN = Math.random().toString(36).slice(2, 6);

// ------------------------------------------------------------------ measurements

const samples = new Map<string, number[]>();
const errors = new Map<string, number>();
const errorExamples: string[] = [];

function record(route: string, ms: number, ok: boolean, detail: string) {
  (samples.get(route) ?? samples.set(route, []).get(route)!).push(ms);
  if (!ok) {
    errors.set(route, (errors.get(route) ?? 0) + 1);
    if (errorExamples.length < 10) errorExamples.push(`${route}: ${detail}`);
  }
}

const pct = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

// ------------------------------------------------------------------ a client with a cookie jar

class Client {
  private cookies = new Map<string, string>();
  constructor(readonly username: string) {}

  private cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  async raw(method: string, path: string, body?: unknown, form?: Record<string, string>): Promise<Response> {
    const headers: Record<string, string> = { cookie: this.cookieHeader(), "accept-language": "zh-CN" };
    let payload: string | undefined;
    if (form) {
      headers["content-type"] = "application/x-www-form-urlencoded";
      payload = new URLSearchParams(form).toString();
    } else if (body !== undefined) {
      headers["content-type"] = "application/json";
      payload = JSON.stringify(body);
    }
    const res = await fetch(BASE + path, { method, headers, body: payload, redirect: "manual" });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair!.indexOf("=");
      this.cookies.set(pair!.slice(0, i), pair!.slice(i + 1));
    }
    return res;
  }

  /** Timed request under a route name; returns the JSON answer (or null on error). */
  async call<T = unknown>(route: string, method: string, path: string, expected: number, body?: unknown): Promise<T | null> {
    const t0 = performance.now();
    try {
      const res = await this.raw(method, path, body);
      const text = await res.text();
      const ok = res.status === expected;
      record(route, performance.now() - t0, ok, `${res.status} ${text.slice(0, 160)}`);
      return ok ? (JSON.parse(text) as T) : null;
    } catch (e) {
      record(route, performance.now() - t0, false, String(e));
      return null;
    }
  }

  async signIn(): Promise<void> {
    const t0 = performance.now();
    const { csrfToken } = (await (await this.raw("GET", "/api/auth/csrf")).json()) as { csrfToken: string };
    const res = await this.raw("POST", "/api/auth/callback/credentials", undefined, { csrfToken, username: this.username, password: PASSWORD, json: "true" });
    const ok = res.status === 200 && !(await res.text()).includes("error=");
    record("POST /api/auth/callback/credentials", performance.now() - t0, ok, String(res.status));
    if (!ok) throw new Error(`sign-in of ${this.username} failed: ${res.status}`);
  }
}

// ------------------------------------------------------------------ data

let idSeq = 0;
// A birth date of its own per run (and per thousand people), so reruns meet new people.
const BIRTH_BASE = Date.UTC(1950, 0, 1) + Math.floor(Math.random() * 10_000) * 86_400_000;
function idNumber(county: string): string {
  const n = ++idSeq;
  const birth = new Date(BIRTH_BASE + Math.floor(n / 1000) * 86_400_000).toISOString().slice(0, 10).replace(/-/g, "");
  const first17 = `${county}${birth}${String(n % 1000).padStart(3, "0")}`;
  return first17 + idCardCheckChar(first17);
}

async function createAccounts(): Promise<{ username: string; county: string }[]> {
  const db = createPrismaClient(process.env.DATABASE_URL!);
  await seedReferenceData(db);
  const passwordHash = await hashPassword(PASSWORD);
  const accounts = Array.from({ length: USERS }, (_, i) => ({ username: `bench.${RUN}.${i}`, county: ABA_COUNTIES[i % ABA_COUNTIES.length]!.code }));
  await db.user.createMany({
    data: accounts.map((a) => ({ username: a.username, displayName: `压测${a.username}`, passwordHash, role: "COUNTY_STAFF" as const, countyCode: a.county })),
  });
  await db.$disconnect();
  return accounts;
}

// ------------------------------------------------------------------ one virtual user

interface Contact { id: string; version: number }

async function virtualUser(c: Client, county: string, until: number) {
  const account = { county };
  const caseBody = () => ({ name: `压测病例${++idSeq}`, sex: "MALE", idNumber: idNumber(account.county), countyCode: account.county, classification: "CONFIRMED", confirmedDate: addDays(T, -2) });
  const created = await c.call<{ id: string }>("POST /api/v1/cases", "POST", "/api/v1/cases", 201, caseBody());
  if (!created) return;
  const caseId = created.id;
  const contactRow = () => ({ name: `压测密接${++idSeq}`, idNumber: idNumber(account.county), category: "CLOSE", lastExposureDate: addDays(T, -2), identifiedDate: addDays(T, -1) });
  const reg = await c.call<{ contacts: { id: string }[] }>("POST /api/v1/cases/{id}/contacts", "POST", `/api/v1/cases/${caseId}/contacts`, 201, { contacts: [contactRow(), contactRow(), contactRow()] });
  const contacts: Contact[] = (reg?.contacts ?? []).map((x) => ({ id: x.id, version: 1 }));
  let step = 0;
  while (performance.now() < until) {
    const pick = contacts[step % Math.max(1, contacts.length)];
    switch (step++ % 10) {
      case 0:
      case 5:
        await c.call("GET /api/v1/tasks", "GET", "/api/v1/tasks", 200);
        break;
      case 1:
      case 6:
        await c.call("GET /api/v1/contacts", "GET", `/api/v1/contacts?page=${1 + (step % 3)}`, 200);
        break;
      case 2:
        if (pick) {
          const got = await c.call<{ version: number }>("GET /api/v1/contacts/{id}", "GET", `/api/v1/contacts/${pick.id}`, 200);
          if (got) pick.version = got.version;
        }
        break;
      case 3:
        await c.call("GET /api/v1/cases", "GET", `/api/v1/cases?q=${encodeURIComponent("压测")}`, 200);
        break;
      case 4:
        await c.call("POST /api/v1/cases/{id}/track", "POST", `/api/v1/cases/${caseId}/track`, 201, { date: addDays(T, -1), place: `站点${step}` });
        break;
      case 7:
        if (pick) {
          const saved = await c.call<{ version: number }>("PATCH /api/v1/contacts/{id}", "PATCH", `/api/v1/contacts/${pick.id}`, 200, { version: pick.version, address: `压测路${step}号` });
          if (saved) pick.version = saved.version;
        }
        break;
      case 8: {
        const more = await c.call<{ contacts: { id: string }[] }>("POST /api/v1/cases/{id}/contacts", "POST", `/api/v1/cases/${caseId}/contacts`, 201, { contacts: [contactRow()] });
        for (const x of more?.contacts ?? []) contacts.push({ id: x.id, version: 1 });
        break;
      }
      case 9:
        await c.call("GET /api/v1/dashboard", "GET", "/api/v1/dashboard", 200);
        break;
    }
  }
}

async function main() {
  if (!process.env.DATABASE_URL) throw new Error("Set DATABASE_URL (the database of the running app) to create the bench accounts.");
  process.env.BCRYPT_COST ??= "10";
  const accounts = await createAccounts();
  // Everyone signs in first, a few at a time as a morning shift would (bcrypt is deliberately
  // slow); the timed window is the work of users who are signed in.
  const clients = accounts.map((a) => ({ client: new Client(a.username), county: a.county }));
  for (let i = 0; i < clients.length; i += 5) await Promise.all(clients.slice(i, i + 5).map((c) => c.client.signIn()));
  console.log(`Load: ${USERS} signed-in users × ${SECONDS} s against ${BASE}`);
  const started = performance.now();
  const until = started + SECONDS * 1000;
  await Promise.all(clients.map((c) => virtualUser(c.client, c.county, until).catch((e: unknown) => record("virtual user", 0, false, String(e)))));
  const elapsed = (performance.now() - started) / 1000;

  let total = 0;
  let totalErrors = 0;
  const rows = [...samples].sort(([a], [b]) => a.localeCompare(b)).map(([route, ms]) => {
    const s = [...ms].sort((a, b) => a - b);
    const e = errors.get(route) ?? 0;
    total += s.length;
    totalErrors += e;
    return `${route.padEnd(40)} ${String(s.length).padStart(7)} ${String(e).padStart(6)} ${pct(s, 0.5).toFixed(0).padStart(8)} ${pct(s, 0.95).toFixed(0).padStart(8)}`;
  });
  console.log(`${"route".padEnd(40)} ${"requests".padStart(7)} ${"errors".padStart(6)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)}`);
  for (const r of rows) console.log(r);
  console.log(`total: ${total} requests, ${totalErrors} errors in ${elapsed.toFixed(1)} s (${(total / elapsed).toFixed(1)} req/s)`);
  if (errorExamples.length) console.log(`errors, first ${errorExamples.length}:\n  ${errorExamples.join("\n  ")}`);
  process.exit(totalErrors ? 1 : 0);
}

void main();
