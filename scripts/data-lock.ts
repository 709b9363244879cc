import fs from "node:fs";
import path from "node:path";

/**
 * A lock file holding the owner's pid, so that one data folder is used by one running Tracer
 * at a time: PGlite is a single-process database, and two processes writing the same folder
 * corrupt it. A lock whose pid no longer runs (the owner was killed with -9) is stale and is
 * taken over.
 */
export interface LockOwner {
  pid: number;
  startedAt: string;
  /** What the owner does with the folder, for the refusal message. */
  purpose: string;
  [key: string]: unknown;
}

export interface HeldLock {
  file: string;
  /** Adds facts to the lock file (e.g. the app's pid once it runs). */
  update(extra: Record<string, unknown>): void;
  release(): void;
}

export class LockedError extends Error {
  constructor(
    readonly file: string,
    readonly owner: LockOwner,
  ) {
    super(`${file} is held by process ${owner.pid}`);
  }
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  // After a reboot the pid may belong to something else; on Linux, a lock is only held by
  // a Node.js process.
  try {
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8");
    return /node/.test(cmdline);
  } catch {
    return true;
  }
}

function readOwner(file: string): LockOwner | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as LockOwner;
  } catch {
    return undefined;
  }
}

/**
 * Takes the lock at `file` or throws LockedError naming the live owner. Creation is atomic
 * (O_EXCL); a stale lock is renamed away first, so of two starters racing for it only one
 * wins the rename.
 */
export function acquireLock(file: string, purpose: string): HeldLock {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const owner: LockOwner = { pid: process.pid, startedAt: new Date().toISOString(), purpose };
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(owner), { flag: "wx" });
      return held(file, owner);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const current = readOwner(file);
    // A lock being written this very moment reads as empty: try again rather than steal it.
    if (!current) continue;
    if (isRunning(current.pid) && current.pid !== process.pid) throw new LockedError(file, current);
    const aside = `${file}.stale-${process.pid}`;
    try {
      fs.renameSync(file, aside);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      continue;
    }
    // Another starter may have taken the stale lock between our read and our rename: then
    // what we moved aside is its live lock, which goes back.
    const moved = readOwner(aside);
    if (moved && moved.pid !== current.pid) {
      try {
        fs.linkSync(aside, file);
      } finally {
        fs.rmSync(aside, { force: true });
      }
      throw new LockedError(file, moved);
    }
    fs.rmSync(aside, { force: true });
  }
  const current = readOwner(file);
  if (current) throw new LockedError(file, current);
  throw new Error(`Could not take the lock ${file}`);
}

function held(file: string, owner: LockOwner): HeldLock {
  let state: LockOwner = owner;
  return {
    file,
    update(extra) {
      state = { ...state, ...extra };
      fs.writeFileSync(file, JSON.stringify(state));
    },
    release() {
      // Only our own lock: a stale-lock takeover may have replaced it already.
      if (readOwner(file)?.pid === process.pid) fs.rmSync(file, { force: true });
    },
  };
}

/** Polls until the lock is free (or stale), then takes it; `onWait` is called once. */
export async function waitForLock(file: string, purpose: string, onWait: (owner: LockOwner) => void): Promise<HeldLock> {
  let told = false;
  for (;;) {
    try {
      return acquireLock(file, purpose);
    } catch (error) {
      if (!(error instanceof LockedError)) throw error;
      if (!told) onWait(error.owner);
      told = true;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}
