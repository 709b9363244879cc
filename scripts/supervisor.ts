import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

const GUARD = path.join(__dirname, "process-guard.cjs");
/** How long a child or a cleanup step may take to stop before it is cut short. */
const STOP_GRACE_MS = 10_000;

type Cleanup = { label: string; fn: () => unknown };

function within<T>(ms: number, work: Promise<T>): Promise<T | "timeout"> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

/** Signals a child's whole process group (it was spawned leading one), or the child alone. */
function signal(child: ChildProcess, sig: NodeJS.Signals) {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, sig);
  } catch {
    child.kill(sig);
  }
}

/**
 * Runs the start command's children (migrations, build, the app) and its in-process
 * resources (the embedded database, the data-folder lock), and stops all of them together:
 * on SIGINT/SIGTERM at any moment, when the app exits, or on an unexpected error.
 *
 * Children are Node.js scripts started with scripts/process-guard.cjs preloaded and an IPC
 * channel, so they stop by themselves if this process is killed outright. They lead their own
 * process group: a terminal's Ctrl-C reaches only this process, which stops the children in
 * order — the app before the database it uses.
 */
export class Supervisor {
  private readonly children = new Set<ChildProcess>();
  private readonly cleanups: Cleanup[] = [];
  private stopping = false;

  constructor(private readonly root: string) {}

  get isStopping(): boolean {
    return this.stopping;
  }

  installHandlers(): void {
    const onSignal = (sig: NodeJS.Signals) => {
      if (this.stopping) {
        // A second Ctrl-C: stop now. The data survives (PGlite recovers like PostgreSQL).
        console.error(`\n${sig} again: stopping immediately.`);
        for (const child of this.children) signal(child, "SIGKILL");
        process.exit(1);
      }
      console.log(`\n${sig} received: stopping Tracer…`);
      void this.stop(0);
    };
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
    process.on("SIGHUP", onSignal);
    // `npm start` passes SIGTERM to the shell running the script, which dies without passing
    // it on; this process is then adopted by another. Started by npm, stop when npm is gone.
    if (process.env.npm_lifecycle_event) {
      const parent = process.ppid;
      setInterval(() => {
        if (process.ppid === parent || this.stopping) return;
        console.log("\nnpm stopped: stopping Tracer…");
        void this.stop(0);
      }, 500).unref();
    }
    process.on("uncaughtException", (error) => {
      console.error(error);
      void this.stop(1);
    });
    process.on("unhandledRejection", (error) => {
      console.error(error);
      void this.stop(1);
    });
  }

  /** Registers a step of the shutdown; steps run in reverse order of registration. */
  onStop(label: string, fn: () => unknown): void {
    this.cleanups.push({ label, fn });
  }

  private spawnGuarded(script: string, args: string[], env: NodeJS.ProcessEnv, pipeStdout = false): ChildProcess {
    if (this.stopping) throw new Error("Tracer is stopping");
    const child = spawn(process.execPath, ["--require", GUARD, script, ...args], {
      cwd: this.root,
      env: { ...env, TRACER_SUPERVISOR_PID: String(process.pid) },
      stdio: ["ignore", pipeStdout ? "pipe" : "inherit", "inherit", "ipc"],
      detached: true,
    });
    this.children.add(child);
    child.once("exit", () => this.children.delete(child));
    return child;
  }

  /**
   * A one-off step (migrations, build); resolves when it succeeds. With `finishedWhen`, a
   * line of its output that says the work is done ends it: some tools linger after their
   * work (`prisma migrate deploy` waits out a 10 s timer), and the caller checks the result.
   */
  run(label: string, script: string, args: string[], env: NodeJS.ProcessEnv, opts: { finishedWhen?: RegExp } = {}): Promise<void> {
    return new Promise((resolve, reject) => {
      const child = this.spawnGuarded(script, args, env, Boolean(opts.finishedWhen));
      let finished = false;
      let tail = "";
      child.stdout?.on("data", (chunk: Buffer) => {
        process.stdout.write(chunk);
        tail = (tail + chunk.toString()).slice(-4096);
        if (finished || !opts.finishedWhen?.test(tail)) return;
        finished = true;
        setTimeout(() => signal(child, "SIGTERM"), 500).unref();
      });
      child.once("error", reject);
      child.once("exit", (code, sig) =>
        code === 0 || (finished && (sig === "SIGTERM" || code === 143))
          ? resolve()
          : reject(new Error(`${label} failed (${sig ?? `exit code ${code}`})`)),
      );
    });
  }

  /** The long-running app: if it ends by itself, for any reason, everything stops with an error. */
  serve(label: string, script: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
    const child = this.spawnGuarded(script, args, env);
    child.once("exit", (code, sig) => {
      if (this.stopping) return;
      console.error(`${label} exited (${sig ?? `exit code ${code}`}); stopping Tracer.`);
      void this.stop(code ? code : 1);
    });
    return child;
  }

  /** Stops children, then the cleanup steps, then exits. Later calls wait for the first. */
  async stop(code: number): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    const running = [...this.children];
    for (const child of running) signal(child, "SIGTERM");
    if ((await within(STOP_GRACE_MS, Promise.all(running.map(exited)))) === "timeout") {
      for (const child of running) signal(child, "SIGKILL");
      await within(2_000, Promise.all(running.map(exited)));
    }
    for (const { label, fn } of [...this.cleanups].reverse()) {
      try {
        if ((await within(STOP_GRACE_MS, Promise.resolve().then(fn))) === "timeout") console.error(`Stopping: ${label} timed out.`);
      } catch (error) {
        console.error(`Stopping: ${label} failed:`, error instanceof Error ? error.message : error);
      }
    }
    process.exit(code);
  }
}
