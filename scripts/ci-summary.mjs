// Prints the whole CI run as one line "N passed, N failed" (vitest + Playwright counts),
// after the failed steps, if any. Exits 1 when anything failed or a report is missing.
import fs from "node:fs";

const [vitestFile, e2eFile, failedSteps = ""] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
let missing = false;

function read(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    console.log(`report missing or unreadable: ${file}`);
    missing = true;
    return null;
  }
}

const vitest = read(vitestFile);
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  skipped += vitest.numPendingTests + vitest.numTodoTests;
}
const e2e = read(e2eFile);
if (e2e) {
  passed += e2e.stats.expected;
  failed += e2e.stats.unexpected + e2e.stats.flaky;
  skipped += e2e.stats.skipped;
}
if (failedSteps.trim()) console.log(`failed steps: ${failedSteps}`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || missing || failedSteps.trim() ? 1 : 0);
