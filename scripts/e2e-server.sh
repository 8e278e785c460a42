#!/usr/bin/env bash
# The server Playwright tests against: a fresh, migrated and seeded database, then next start.
# E2E_DATABASE=postgresql puts it on PostgreSQL instead (database sbx_e2e_<port> on TEST_POSTGRES_URL's server,
# dropped and made again), e.g. `E2E_DATABASE=postgresql npx playwright test e2e/api-credits.spec.ts`.
set -euo pipefail
cd "$(dirname "$0")/.."
port="${PORT:-3100}"
mkdir -p data
if [ "${E2E_DATABASE:-sqlite}" = "postgresql" ]; then
  server="${TEST_POSTGRES_URL:-postgresql://postgres@127.0.0.1:5432/postgres}"
  export DATABASE_URL="${server%/*}/sbx_e2e_${port}"
  node -e 'const pg=require("pg");const c=new pg.Client({connectionString:process.argv[1]});c.connect().then(()=>c.query(`DROP DATABASE IF EXISTS "sbx_e2e_${process.argv[2]}" WITH (FORCE)`)).then(()=>c.end())' "$server" "$port"
  node scripts/pg-migrate.mjs >/dev/null
else
  export DATABASE_URL="file:./data/e2e-${port}.db"
  rm -f data/e2e-${port}.db*
  npx prisma migrate deploy --schema prisma/schema.prisma >/dev/null
fi
npm run --silent db:seed >/dev/null
# The same bounded heap as scripts/sandbox.sh (SANDBOX_HEAP_MB).
export NODE_OPTIONS="--max-old-space-size=${SANDBOX_HEAP_MB:-256} ${NODE_OPTIONS:-}"
exec npx next start -p "$port"
