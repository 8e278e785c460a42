#!/usr/bin/env bash
# The server Playwright tests against: a fresh, migrated and seeded database, then next start.
set -euo pipefail
cd "$(dirname "$0")/.."
export DATABASE_URL="file:./data/e2e.db"
mkdir -p data
rm -f data/e2e.db data/e2e.db-journal data/e2e.db-wal data/e2e.db-shm
npx prisma migrate deploy >/dev/null
npm run --silent db:seed >/dev/null
exec npx next start -p "${PORT:-3100}"
