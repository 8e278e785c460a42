#!/usr/bin/env bash
# The whole test suite: typecheck, build, unit and database tests (Vitest), end-to-end and API tests
# (Playwright against next start in Chromium), then one summary line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
export NEXTAUTH_SECRET="${NEXTAUTH_SECRET:-test-only-secret-$(date +%s)-$RANDOM$RANDOM}"

CHROMIUM_PATH="$(bash scripts/ensure-chromium.sh)" || exit 1
export CHROMIUM_PATH

npx biome check . || { echo "formatter or linter (Biome) failed: npm run format fixes formatting"; echo "0 passed, 1 failed"; exit 1; }
npm run --silent typecheck || { echo "typecheck failed"; echo "0 passed, 1 failed"; exit 1; }
npx next build || { echo "build failed"; echo "0 passed, 1 failed"; exit 1; }

rm -rf reports && mkdir -p reports
NO_COLOR=1 npx vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json
unit_rc=$?
npx playwright test
e2e_rc=$?
node scripts/test-summary.mjs reports/vitest.json reports/playwright.json
summary_rc=$?
[ $unit_rc -eq 0 ] && [ $e2e_rc -eq 0 ] && [ $summary_rc -eq 0 ]
