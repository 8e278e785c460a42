#!/usr/bin/env bash
# prisma migrate dev doesn't work offline (toolchain notes §8): diff the schema against the committed
# migrations and write the SQL as a new migration. Usage: npm run db:migration -- <name>
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:?usage: npm run db:migration -- <name>}"
dir="prisma/migrations/$(date -u +%Y%m%d%H%M%S)_${name}"
mkdir -p "$dir"
npx prisma migrate diff --from-migrations prisma/migrations --to-schema-datamodel prisma/schema.prisma --script > "$dir/migration.sql"
echo "wrote $dir/migration.sql"
