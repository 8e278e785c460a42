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

/** The multi-instance check's report ({ passed, failed }), written by scripts/multi-instance.mjs. */
function plainCounts(path) {
  if (!existsSync(path)) return { passed: 0, failed: 1, note: "no report" };
  const r = JSON.parse(readFileSync(path, "utf8"));
  return { passed: r.passed ?? 0, failed: r.failed ?? 0 };
}

const [
  vitestPath = "reports/vitest.json",
  playwrightPath = "reports/playwright.json",
  pgPath = "reports/vitest-pg.json",
  multiPath = "reports/multi-instance.json",
  playwrightPgPath = "reports/playwright-pg.json",
] = process.argv.slice(2);
const rows = [
  ["unit+db (SQLite)", vitestCounts(vitestPath)],
  ["e2e+api", playwrightCounts(playwrightPath)],
];
// The PostgreSQL runs happen only when a server answered (scripts/test-all.sh); their absence is not a failure.
if (existsSync(pgPath)) rows.push(["db (PostgreSQL)", vitestCounts(pgPath)]);
if (existsSync(pgPath)) rows.push(["multi-instance (PostgreSQL)", plainCounts(multiPath)]);
if (existsSync(pgPath)) rows.push(["e2e+api (PostgreSQL)", playwrightCounts(playwrightPgPath)]);
else if (process.env.TEST_POSTGRES_REQUIRED === "1" && process.env.TEST_POSTGRES !== "0")
  rows.push(["db (PostgreSQL)", { passed: 0, failed: 1, note: "required (CI) but no PostgreSQL server answered" }]);
else rows.push(["db (PostgreSQL)", { passed: 0, failed: 0, note: "skipped: no PostgreSQL server" }]);
for (const [name, c] of rows) {
  console.log(`${name}: ${c.passed} passed, ${c.failed} failed${c.note ? ` (${c.note})` : ""}`);
}
const passed = rows.reduce((n, [, c]) => n + c.passed, 0);
const failed = rows.reduce((n, [, c]) => n + c.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
