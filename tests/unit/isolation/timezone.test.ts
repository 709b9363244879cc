import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it, vi } from "vitest";
import { planIsolation } from "@/lib/isolation/plan";
import { snapshot } from "./fixtures/tz-snapshot";

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, "../../..");
const SCRIPT = path.resolve(__dirname, "fixtures/tz-snapshot.ts");

async function snapshotUnder(TZ: string): Promise<{ offsets: number[]; result: unknown }> {
  const { stdout } = await run(process.execPath, ["--import", "tsx", SCRIPT], {
    cwd: ROOT,
    env: { ...process.env, TZ },
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(stdout) as { offsets: number[]; result: unknown };
}

describe("independence from the process time zone", () => {
  it("gives identical plans, dates and 'today' under UTC, Asia/Shanghai, America/New_York and odd offsets", async () => {
    const zones = ["UTC", "Asia/Shanghai", "America/New_York", "America/St_Johns", "Pacific/Chatham"];
    const outputs = await Promise.all(zones.map(snapshotUnder));

    // Proof that each child really ran in its zone (getTimezoneOffset in January and July).
    expect(outputs.map((o) => o.offsets)).toEqual([
      [0, 0],
      [-480, -480],
      [300, 240],
      [210, 150],
      [-825, -765],
    ]);

    const inProcess = snapshot();
    for (const output of outputs) expect(output.result).toEqual(inProcess);

    // Spot checks so a uniformly wrong answer would not pass either.
    expect(inProcess.diffs).toEqual([2, 2, 365]);
    expect(inProcess.steps[66]).toBe("2026-03-08");
    expect(inProcess.steps[67]).toBe("2026-03-09");
    expect(inProcess.steps[365]).toBe("2027-01-01");
    expect(inProcess.todays).toEqual([
      "2026-03-08", "2026-03-08", "2026-03-08",
      "2026-03-08", "2026-03-08", "2026-03-08",
      "2026-01-01", "2025-12-31", "2025-12-31",
      "2026-11-01", "2026-11-01", "2026-11-01",
    ]);
    expect(inProcess.plans).toHaveLength(3 * 8 * 8);
  }, 60_000);
});

describe("independence from the clock", () => {
  it("plans the same whatever the system time", () => {
    const input = { category: "CLOSE", lastExposureDate: "2026-01-10", identifiedDate: "2026-01-15" } as const;
    vi.useFakeTimers();
    try {
      vi.setSystemTime(new Date("2020-06-01T00:00:00Z"));
      const before = planIsolation(input);
      vi.setSystemTime(new Date("2031-12-31T23:59:59Z"));
      expect(planIsolation(input)).toEqual(before);
    } finally {
      vi.useRealTimers();
    }
  });
});
