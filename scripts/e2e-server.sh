#!/usr/bin/env bash
# The server Playwright tests against: a fresh, migrated and seeded database, then next start.
set -euo pipefail
cd "$(dirname "$0")/.."
port="${PORT:-3100}"
export DATABASE_URL="file:./data/e2e-${port}.db"
mkdir -p data
rm -f data/e2e-${port}.db*
npx prisma migrate deploy >/dev/null
npm run --silent db:seed >/dev/null
exec npx next start -p "$port"
