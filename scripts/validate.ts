/**
 * `npm run validate`: lint, typecheck, and the unit and integration tests, one after the
 * other. Every step runs even when an earlier one failed, so one run shows everything to fix;
 * the summary names the steps that failed and the exit code is non-zero if any did. The
 * integration tests use DATABASE_URL when it is set, else an embedded database per test file.
 * (Browser tests are `npm run test:e2e`; CI runs both, see .ci/run.)
 */
import { spawn } from "node:child_process";
import { performance } from "node:perf_hooks";

const STEPS: [name: string, args: string[]][] = [
  ["lint", ["run", "lint"]],
  ["typecheck", ["run", "typecheck"]],
  ["unit + integration tests", ["test"]],
];

function run(args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.platform === "win32" ? "npm.cmd" : "npm", args, { stdio: "inherit" });
    child.on("close", (code) => resolve(code ?? 1));
    child.on("error", () => resolve(1));
  });
}

async function main() {
  const results: { name: string; ok: boolean; seconds: number }[] = [];
  for (const [name, args] of STEPS) {
    console.log(`\n== ${name}`);
    const t0 = performance.now();
    const code = await run(args);
    results.push({ name, ok: code === 0, seconds: (performance.now() - t0) / 1000 });
  }
  console.log("\n== validate");
  for (const r of results) console.log(`  ${r.ok ? "ok    " : "FAILED"}  ${r.name.padEnd(26)} ${r.seconds.toFixed(0)} s`);
  const failed = results.filter((r) => !r.ok);
  console.log(failed.length ? `\n${failed.length} step(s) failed: ${failed.map((r) => r.name).join(", ")}` : "\nall steps passed");
  process.exit(failed.length ? 1 : 0);
}

void main();
