#!/usr/bin/env bash
# Runs the benchmarks (bench/*.bench.ts, or the files given) against a fresh, migrated SQLite file.
# Each prints its own figures; nothing here asserts. Usage: npm run bench [-- bench/users.bench.ts]
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p data
db="data/bench-$$.db"
trap 'rm -f "$db" "$db-journal" "$db-wal" "$db-shm"' EXIT
export DATABASE_URL="file:./$db"
npx prisma migrate deploy >/dev/null 2>&1
files=("$@")
[ ${#files[@]} -gt 0 ] || files=(bench/*.bench.ts)
for f in "${files[@]}"; do
  echo "== $f"
  npx tsx --conditions=react-server "$f"
done
