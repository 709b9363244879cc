// The start command in embedded mode (scripts/start.ts), run for real: the wrapper process
// with its PGlite database, serving a stand-in for Next.js (stand-in-app.cjs, so no
// production build is needed). The full app is killed the same ways in
// tests/e2e/embedded-crash.spec.ts.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../../..");
const STAND_IN = path.join(__dirname, "stand-in-app.cjs");

interface Started {
  child: ChildProcess;
  output(): string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const running: ChildProcess[] = [];
const dirs: string[] = [];

afterEach(() => {
  for (const child of running.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
});
afterAll(() => {
  for (const dir of dirs) for (const pid of processesUsing(dir)) process.kill(pid, "SIGKILL");
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

function dataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tracer-start-"));
  dirs.push(dir);
  return dir;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

/** `node --import tsx scripts/start.ts`, or `npm start` itself with `viaNpm`. */
function start(dir: string, port: number, viaNpm = false): Started {
  // Embedded mode: an empty DATABASE_URL counts as none.
  const env = { ...process.env, DATABASE_URL: "", TRACER_DATA_DIR: dir, PORT: String(port), TRACER_APP_SCRIPT: STAND_IN, BCRYPT_COST: "4", TRACER_DEMO_DATA: "0" };
  const child = viaNpm
    ? spawn("npm", ["start", "--silent"], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] })
    : spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
  running.push(child);
  let out = "";
  child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (out += d.toString()));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  return { child, output: () => out, exit };
}

/** Polls `probe` until it returns something truthy; fails with `what` and the output after `ms`. */
async function until<T>(what: string, probe: () => T | Promise<T>, started?: Started, ms = 150_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for: ${what}\n--- output ---\n${started?.output() ?? ""}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function exitOf(started: Started, what: string) {
  const result = await Promise.race([started.exit, new Promise<"timeout">((r) => setTimeout(() => r("timeout"), 30_000))]);
  if (result === "timeout") throw new Error(`Timed out waiting for the start command to exit: ${what}\n--- output ---\n${started.output()}`);
  return result;
}

interface Answer {
  pid: number;
  marker: string | null;
}

async function app(port: number, marker?: string): Promise<Answer | undefined> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/marker${marker ? `?v=${encodeURIComponent(marker)}` : ""}`, { method: marker ? "PUT" : "GET" });
    return res.ok ? ((await res.json()) as Answer) : undefined;
  } catch {
    return undefined;
  }
}

/** Pids of processes started for this data folder (children inherit TRACER_DATA_DIR). */
function processesUsing(dir: string): number[] {
  const needle = `TRACER_DATA_DIR=${dir}\0`;
  const pids: number[] = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (fs.readFileSync(`/proc/${entry}/environ`, "latin1").includes(needle)) pids.push(Number(entry));
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return pids;
}

function commandOf(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
  } catch {
    return "";
  }
}

// Each start loads PGlite (and the first one migrates): seconds on a busy machine.
const SCENARIO_MS = 300_000;

const lockOf = (dir: string) => path.join(dir, "tracer.lock");

describe("npm start with the embedded database", () => {
  // One data folder through the scenarios, as a user's .data/ lives through them.
  const dir = dataDir();

  it("stops the database and exits non-zero when the app dies, and a restart finds the data", async () => {
    const port = await freePort();
    const first = start(dir, port);
    const { pid: appPid } = await until("the app answers", () => app(port), first);
    expect((await app(port, "written before kill -9"))?.marker).toBe("written before kill -9");

    process.kill(appPid, "SIGKILL");
    const { code } = await exitOf(first, "after the app was killed");
    expect(code).toBe(1);
    expect(first.output()).toMatch(/The app exited \(SIGKILL\); stopping Tracer\./);
    expect(fs.existsSync(lockOf(dir))).toBe(false);
    expect(processesUsing(dir)).toEqual([]);

    const second = start(dir, port);
    const restarted = await until("the restarted app answers", () => app(port), second);
    expect(restarted.marker).toBe("written before kill -9");
    expect(JSON.parse(fs.readFileSync(lockOf(dir), "utf8"))).toMatchObject({ pid: second.child.pid, appPid: restarted.pid, port });
    second.child.kill("SIGTERM");
    expect(await exitOf(second, "after SIGTERM")).toEqual({ code: 0, signal: null });
    expect(second.output()).toMatch(/SIGTERM received: stopping Tracer/);
    expect(fs.existsSync(lockOf(dir))).toBe(false);
    expect(processesUsing(dir)).toEqual([]);
  }, SCENARIO_MS);

  it("when the wrapper is killed with -9, the app stops by itself and a restart takes over the stale lock", async () => {
    const port = await freePort();
    const first = start(dir, port);
    const { pid: appPid } = await until("the app answers", () => app(port), first);
    await app(port, "written before the wrapper's kill -9");

    first.child.kill("SIGKILL");
    await until("the orphaned app to stop", () => processesUsing(dir).length === 0, first, 20_000);
    expect(await app(port)).toBeUndefined();
    expect(JSON.parse(fs.readFileSync(lockOf(dir), "utf8")).appPid).toBe(appPid);

    const second = start(dir, port);
    expect((await until("the restarted app answers", () => app(port), second)).marker).toBe("written before the wrapper's kill -9");
    expect(JSON.parse(fs.readFileSync(lockOf(dir), "utf8")).pid).toBe(second.child.pid);
    second.child.kill("SIGINT");
    expect(await exitOf(second, "after SIGINT")).toEqual({ code: 0, signal: null });
  }, SCENARIO_MS);

  it("refuses a second start on the same data folder, naming the folder and the running process", async () => {
    const port = await freePort();
    const first = start(dir, port);
    await until("the app answers", () => app(port), first);

    const second = start(dir, await freePort());
    const { code } = await exitOf(second, "the refused second start");
    expect(code).toBe(1);
    expect(second.output()).toContain(`Tracer is already running on the data folder ${dir} (process ${first.child.pid}`);
    expect(second.output()).toContain(`port ${port}`);
    expect(await app(port)).toBeDefined();
    expect(JSON.parse(fs.readFileSync(lockOf(dir), "utf8")).pid).toBe(first.child.pid);

    first.child.kill("SIGTERM");
    expect((await exitOf(first, "after SIGTERM")).code).toBe(0);
  }, SCENARIO_MS);

  it("stops when `npm start` itself is sent SIGTERM (npm does not pass it on to the script)", async () => {
    const port = await freePort();
    const npm = start(dir, port, true);
    await until("the app answers", () => app(port), npm);
    npm.child.kill("SIGTERM");
    await until("everything started for the folder to stop", () => processesUsing(dir).length === 0, npm, 30_000);
    expect(fs.existsSync(lockOf(dir))).toBe(false);
    expect(await app(port)).toBeUndefined();
  }, SCENARIO_MS);

  it("stops at once on SIGTERM while the migrations run", async () => {
    const fresh = dataDir();
    const started = start(fresh, await freePort());
    await until("the migrations to run", () => processesUsing(fresh).some((pid) => commandOf(pid).includes("migrate deploy")), started);
    started.child.kill("SIGTERM");
    expect(await exitOf(started, "SIGTERM during migrations")).toEqual({ code: 0, signal: null });
    expect(started.output()).not.toContain("Tracer is running");
    expect(processesUsing(fresh)).toEqual([]);
    expect(fs.existsSync(lockOf(fresh))).toBe(false);
  }, SCENARIO_MS);
});
