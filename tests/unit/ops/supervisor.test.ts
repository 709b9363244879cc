import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { Supervisor } from "../../../scripts/supervisor";

const root = path.resolve(__dirname, "../../..");

describe("Supervisor.run", () => {
  it("leaves the IPC channels of processes its child forks alone (next dev's server)", async () => {
    const out = vi.spyOn(process.stdout, "write");
    const supervisor = new Supervisor(root);
    await supervisor.run("a forking tool", path.join(__dirname, "fixtures", "forks-a-worker.cjs"), [], process.env, { finishedWhen: /worker answered/ });
    expect(out.mock.calls.map(([chunk]) => String(chunk)).join("")).toContain('worker answered {"echo":"hello"}');
    out.mockRestore();
  });

  it("rejects when the step fails, naming it", async () => {
    const supervisor = new Supervisor(root);
    await expect(supervisor.run("a failing step", path.join(__dirname, "fixtures", "no-such-script.cjs"), [], process.env)).rejects.toThrow(/a failing step failed \(exit code 1\)/);
  });
});
