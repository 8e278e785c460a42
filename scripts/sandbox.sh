#!/usr/bin/env bash
# Migrate, seed (only an empty database), build and serve the sandbox at http://localhost:3000.
# Running it again keeps the data: migrations are idempotent and the seed only fills an empty database.
# HTTPS: `npm run sandbox -- --https` (or HTTPS=1) serves https://localhost:$PORT through scripts/https.ts, a TLS
# proxy in front of `next start` on 127.0.0.1:$INTERNAL_PORT (PORT+1 unless set), with a self-signed certificate
# made on first run under data/https/ (trust it with NODE_EXTRA_CA_CERTS=data/https/cert.pem).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
PORT="${PORT:-3000}"
use_https="${HTTPS:-0}"
for arg in "$@"; do
  case "$arg" in
    --https) use_https=1 ;;
    *) echo "unknown option: $arg (the only option is --https)" >&2; exit 2 ;;
  esac
done
[ "$use_https" = "true" ] && use_https=1
mkdir -p data
if [ -z "${NEXTAUTH_SECRET:-}" ]; then
  # One secret per machine, kept beside the database so sign-ins survive restarts.
  [ -s data/.nextauth-secret ] || node -e 'process.stdout.write(require("crypto").randomBytes(32).toString("base64url"))' > data/.nextauth-secret
  NEXTAUTH_SECRET="$(cat data/.nextauth-secret)"
  export NEXTAUTH_SECRET
fi
if [ "$use_https" = 1 ]; then
  export NEXTAUTH_URL="${NEXTAUTH_URL:-https://localhost:$PORT}"
else
  export NEXTAUTH_URL="${NEXTAUTH_URL:-http://localhost:$PORT}"
fi
[ -d generated/prisma ] && [ -d generated/prisma-pg ] || npm run --silent db:generate
npm run --silent db:deploy
npm run --silent db:seed > data/.seed-output.txt
cat data/.seed-output.txt
npx next build
cat data/.seed-output.txt
# A bounded JavaScript heap (SANDBOX_HEAP_MB, default 256): V8 otherwise lets garbage pile up to hundreds of MB after
# a burst of large requests; with the cap the server stays under 400 MB resident (README "Performance").
export NODE_OPTIONS="--max-old-space-size=${SANDBOX_HEAP_MB:-256} ${NODE_OPTIONS:-}"
if [ "$use_https" != 1 ]; then
  echo "Serving the sandbox at $NEXTAUTH_URL (Ctrl+C to stop)"
  exec npx next start -p "$PORT"
fi
INTERNAL_PORT="${INTERNAL_PORT:-$((PORT + 1))}"
npx next start -p "$INTERNAL_PORT" -H 127.0.0.1 &
next_pid=$!
trap 'kill "$next_pid" 2>/dev/null || true' EXIT INT TERM
echo "Serving the sandbox at $NEXTAUTH_URL (Ctrl+C to stop); plain http only on 127.0.0.1:$INTERNAL_PORT"
npx tsx scripts/https.ts --port "$PORT" --target "http://127.0.0.1:$INTERNAL_PORT"
