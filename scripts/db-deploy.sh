#!/usr/bin/env bash
# Applies the committed migrations to DATABASE_URL: SQLite (file:..., the default) through `prisma migrate deploy`,
# PostgreSQL (postgresql://...) through scripts/pg-migrate.mjs (Prisma can't migrate PostgreSQL offline).
set -euo pipefail
cd "$(dirname "$0")/.."
case "${DATABASE_URL:-file:./data/sandbox.db}" in
  postgres://* | postgresql://*) node scripts/pg-migrate.mjs ;;
  *) npx prisma migrate deploy --schema prisma/schema.prisma ;;
esac
