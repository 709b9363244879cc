import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { acquireLock, LockedError, waitForLock } from "../../../scripts/data-lock";

const dirs: string[] = [];
const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) c.kill("SIGKILL");
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function lockFile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tracer-lock-"));
  dirs.push(dir);
  return path.join(dir, "data", "tracer.lock");
}

/** A live Node.js process standing for another Tracer. */
function otherNode(): ChildProcess {
  const child = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" });
  children.push(child);
  return child;
}

function exitedPid(): Promise<number> {
  const child = spawn(process.execPath, ["-e", ""], { stdio: "ignore" });
  return new Promise((resolve) => child.once("exit", () => resolve(child.pid!)));
}

function writeOwner(file: string, pid: number) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify({ pid, startedAt: "2026-01-01T00:00:00.000Z", purpose: "npm start", port: 3000 }));
}

describe("data folder lock", () => {
  it("is taken with this process's pid and released", () => {
    const file = lockFile();
    const lock = acquireLock(file, "npm start");
    expect(JSON.parse(fs.readFileSync(file, "utf8"))).toMatchObject({ pid: process.pid, purpose: "npm start" });
    lock.update({ appPid: 42 });
    expect(JSON.parse(fs.readFileSync(file, "utf8"))).toMatchObject({ pid: process.pid, appPid: 42 });
    lock.release();
    expect(fs.existsSync(file)).toBe(false);
  });

  it("is refused while its owner runs, naming the owner", () => {
    const file = lockFile();
    const other = otherNode();
    writeOwner(file, other.pid!);
    let refused: unknown;
    try {
      acquireLock(file, "npm start");
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(LockedError);
    expect((refused as LockedError).owner).toMatchObject({ pid: other.pid, port: 3000 });
    expect(JSON.parse(fs.readFileSync(file, "utf8")).pid).toBe(other.pid);
  });

  it("is taken over from an owner that no longer runs (killed with -9)", async () => {
    const file = lockFile();
    writeOwner(file, await exitedPid());
    const lock = acquireLock(file, "npm start");
    expect(JSON.parse(fs.readFileSync(file, "utf8")).pid).toBe(process.pid);
    lock.release();
  });

  it("is taken over when the pid now belongs to a program that is not Node.js", () => {
    const file = lockFile();
    const sleeper = spawn("sleep", ["30"], { stdio: "ignore" });
    children.push(sleeper);
    writeOwner(file, sleeper.pid!);
    acquireLock(file, "npm start").release();
  });

  it("release leaves a lock that another process took over alone", () => {
    const file = lockFile();
    const lock = acquireLock(file, "npm start");
    writeOwner(file, 999_999);
    lock.release();
    expect(JSON.parse(fs.readFileSync(file, "utf8")).pid).toBe(999_999);
  });

  it("can be waited for until its owner stops", async () => {
    const file = lockFile();
    const other = otherNode();
    writeOwner(file, other.pid!);
    const waited: number[] = [];
    const taken = waitForLock(file, "next build", (owner) => waited.push(owner.pid));
    await expect.poll(() => waited).toEqual([other.pid]);
    other.kill("SIGKILL");
    const lock = await taken;
    expect(JSON.parse(fs.readFileSync(file, "utf8")).pid).toBe(process.pid);
    lock.release();
  });
});
