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
NO_COLOR=1 npx vitest run --project sqlite --reporter=default --reporter=json --outputFile.json=reports/vitest.json
unit_rc=$?
# The database tests again on PostgreSQL, when a server answers at TEST_POSTGRES_URL (each file on its own
# database); TEST_POSTGRES=0 skips them. CI machines run a PostgreSQL server, so there they always run.
pg_rc=0
if [ "${TEST_POSTGRES:-1}" != "0" ] && node -e 'const pg=require("pg");const c=new pg.Client({connectionString:process.env.TEST_POSTGRES_URL||"postgresql://postgres@127.0.0.1:5432/postgres",connectionTimeoutMillis:3000});c.connect().then(()=>c.end()).catch(()=>process.exit(1))'; then
  NO_COLOR=1 npx vitest run --project postgres --reporter=default --reporter=json --outputFile.json=reports/vitest-pg.json
  pg_rc=$?
  # Two next start instances on one PostgreSQL database: concurrent money writes, a kill -9 (scripts/multi-instance.mjs).
  node scripts/multi-instance.mjs --report reports/multi-instance.json
  [ $? -eq 0 ] || pg_rc=1
elif [ "${TEST_POSTGRES:-1}" != "0" ] && [ "${TEST_POSTGRES_REQUIRED:-0}" = "1" ]; then
  echo "No PostgreSQL server answers at TEST_POSTGRES_URL, and TEST_POSTGRES_REQUIRED=1 (CI): failing."
  pg_rc=1
else
  echo "No PostgreSQL server at TEST_POSTGRES_URL: database tests ran on SQLite only."
fi
npx playwright test
e2e_rc=$?
if [ -f reports/vitest-pg.json ]; then
  # Every Playwright spec again (console journeys and API), against a server on PostgreSQL
  # (scripts/e2e-server.sh with E2E_DATABASE=postgresql): the whole suite passes on both databases.
  E2E_DATABASE=postgresql PLAYWRIGHT_JSON_OUTPUT_FILE=reports/playwright-pg.json npx playwright test --reporter=list,json
  [ $? -eq 0 ] || pg_rc=1
fi
node scripts/test-summary.mjs reports/vitest.json reports/playwright.json reports/vitest-pg.json reports/multi-instance.json reports/playwright-pg.json
summary_rc=$?
[ $unit_rc -eq 0 ] && [ $pg_rc -eq 0 ] && [ $e2e_rc -eq 0 ] && [ $summary_rc -eq 0 ]
