// Extra app instances for the operations specs: the start command run as a process of the
// test (beside the one Playwright's webServer runs), reusing the production build that one
// made, and a deadline-bound poll for conditions.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export const root = path.resolve(__dirname, "../..");
/** The webServer's port; the operations specs use the next few. */
export const basePort = Number(process.env.E2E_PORT ?? 3100);

export interface Started {
  child: ChildProcess;
  output(): string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const started: Started[] = [];

/** Runs `node --import tsx <script>` (what `npm start` / `npm run setup` run) with `env` added. */
export function runScript(script: string, env: Record<string, string>, args: string[] = []): Started {
  const child = spawn(process.execPath, ["--import", "tsx", script, ...args], {
    cwd: root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (out += d.toString()));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  const handle = { child, output: () => out, exit };
  started.push(handle);
  return handle;
}

/** Kills whatever the spec started and is still running. */
export function killStarted() {
  for (const s of started.splice(0)) if (s.child.exitCode === null && s.child.signalCode === null) s.child.kill("SIGKILL");
}

/** Polls `probe` until it returns something truthy; fails naming `what` after `ms`. */
export async function until<T>(what: string, probe: () => T | Promise<T>, ms = 120_000, context?: Started): Promise<NonNullable<T>> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await Promise.resolve()
      .then(probe)
      .catch(() => undefined);
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}${context ? `\n--- output ---\n${context.output()}` : ""}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The exit of a started process, within `ms`. */
export async function exitOf(s: Started, ms = 30_000) {
  const result = await Promise.race([s.exit, new Promise<"timeout">((r) => setTimeout(() => r("timeout"), ms))]);
  if (result === "timeout") throw new Error(`Timed out waiting for the process to exit\n--- output ---\n${s.output()}`);
  return result;
}

/** The HTTP status of GET `url`, or undefined when nothing answers. */
export async function statusOf(url: string): Promise<number | undefined> {
  try {
    return (await fetch(url, { redirect: "manual" })).status;
  } catch {
    return undefined;
  }
}

export const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(file, "utf8")) as T;
