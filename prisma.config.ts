import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";

// Prisma 6.19 runs offline only through the WebAssembly schema engine, which it uses when a
// driver adapter is named here (see shared/toolchain-notes.md §8).
// DATABASE_URL=postgresql://... selects the PostgreSQL schema generated from prisma/schema.prisma
// (scripts/pg-schema.mjs). Prisma can't migrate PostgreSQL through the adapter (prisma/orm#27403):
// PostgreSQL migrations are applied by scripts/pg-migrate.mjs; this config serves generate and diff.
const url = process.env.DATABASE_URL ?? "file:./data/sandbox.db";
const postgres = /^postgres(ql)?:/.test(url);

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: postgres ? "generated/schema-pg.prisma" : "prisma/schema.prisma",
  migrations: { path: postgres ? "prisma/migrations-pg" : "prisma/migrations" },
  async adapter() {
    return postgres ? new PrismaPg({ connectionString: url }) : new PrismaBetterSQLite3({ url });
  },
});
