// Sums Vitest's and Playwright's JSON reports into the line CI reads: "N passed, N failed".
import { existsSync, readFileSync } from "node:fs";

function vitestCounts(path) {
  if (!existsSync(path)) return { passed: 0, failed: 1, note: "no Vitest report" };
  const r = JSON.parse(readFileSync(path, "utf8"));
  // A file that failed to load counts as a failure even though it ran no test.
  const brokenFiles = (r.testResults ?? []).filter((f) => f.status === "failed" && (f.assertionResults ?? []).length === 0).length;
  return { passed: r.numPassedTests ?? 0, failed: (r.numFailedTests ?? 0) + brokenFiles };
}

function playwrightCounts(path) {
  if (!existsSync(path)) return { passed: 0, failed: 1, note: "no Playwright report" };
  const s = JSON.parse(readFileSync(path, "utf8")).stats ?? {};
  const errors = (JSON.parse(readFileSync(path, "utf8")).errors ?? []).length;
  return { passed: (s.expected ?? 0) + (s.flaky ?? 0), failed: (s.unexpected ?? 0) + errors };
}

const [vitestPath = "reports/vitest.json", playwrightPath = "reports/playwright.json"] = process.argv.slice(2);
const unit = vitestCounts(vitestPath);
const e2e = playwrightCounts(playwrightPath);
for (const [name, c] of [
  ["unit+db", unit],
  ["e2e+api", e2e],
]) {
  console.log(`${name}: ${c.passed} passed, ${c.failed} failed${c.note ? ` (${c.note})` : ""}`);
}
const passed = unit.passed + e2e.passed;
const failed = unit.failed + e2e.failed;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
