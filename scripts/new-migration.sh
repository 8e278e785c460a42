#!/usr/bin/env bash
# prisma migrate dev doesn't work offline (toolchain notes §8), and the WebAssembly engine can diff neither
# --from-migrations (no shadow database) nor --from-url (not with an adapter). So we keep a copy of the schema
# as of the last migration and diff schema to schema, then update the copy.
# Writes the SQLite migration (prisma/migrations) and then the PostgreSQL one (prisma/migrations-pg, same folder
# name, scripts/pg-migration.mjs; it needs a PostgreSQL server to answer at TEST_POSTGRES_URL, see there).
# Usage: npm run db:migration -- <name>
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:?usage: npm run db:migration -- <name>}"
last=prisma/migrations/schema-at-last-migration.prisma
sql="$(env -u DATABASE_URL npx prisma migrate diff --from-schema-datamodel "$last" --to-schema-datamodel prisma/schema.prisma --script 2>/dev/null)"
if [ -z "$(echo "$sql" | grep -v '^--' | tr -d '[:space:]')" ]; then
  echo "The schema matches the last SQLite migration: nothing to write."
else
  dir="prisma/migrations/$(date -u +%Y%m%d%H%M%S)_${name}"
  mkdir -p "$dir"
  echo "$sql" > "$dir/migration.sql"
  cp prisma/schema.prisma "$last"
  echo "wrote $dir/migration.sql"
fi
# The PostgreSQL migration catching up with the SQLite ones (after a merge too).
node scripts/pg-migration.mjs
