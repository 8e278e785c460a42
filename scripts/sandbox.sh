#!/usr/bin/env bash
# Migrate, seed (only an empty database), build and serve the sandbox at http://localhost:3000.
# Running it again keeps the data: migrations are idempotent and the seed only fills an empty database.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
PORT="${PORT:-3000}"
mkdir -p data
if [ -z "${NEXTAUTH_SECRET:-}" ]; then
  # One secret per machine, kept beside the database so sign-ins survive restarts.
  [ -s data/.nextauth-secret ] || node -e 'process.stdout.write(require("crypto").randomBytes(32).toString("base64url"))' > data/.nextauth-secret
  NEXTAUTH_SECRET="$(cat data/.nextauth-secret)"
  export NEXTAUTH_SECRET
fi
export NEXTAUTH_URL="${NEXTAUTH_URL:-http://localhost:$PORT}"
[ -d generated/prisma ] && [ -d generated/prisma-pg ] || npm run --silent db:generate
npm run --silent db:deploy
npm run --silent db:seed > data/.seed-output.txt
cat data/.seed-output.txt
npx next build
cat data/.seed-output.txt
echo "Serving the sandbox at $NEXTAUTH_URL (Ctrl+C to stop)"
exec npx next start -p "$PORT"
