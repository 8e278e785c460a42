import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { databaseUrlFor, dropDatabase, pgAdmin, pgAnswers, scratchName, TEST_POSTGRES_URL } from "./support/pg";

// One schema (prisma/schema.prisma, SQLite) is the source of truth; both providers' committed migrations must
// build exactly it. Each side is compared as a database: migrations applied vs the schema's DDL from empty.

const root = path.resolve(__dirname, "..");
const read = (p: string) => readFileSync(path.join(root, p), "utf8");

function fromEmptySql(provider: "sqlite" | "postgresql"): string {
  const schema = provider === "sqlite" ? "prisma/schema.prisma" : "generated/schema-pg.prisma";
  if (provider === "postgresql") execFileSync("node", ["scripts/pg-schema.mjs"], { cwd: root });
  return execFileSync("npx", ["prisma", "migrate", "diff", "--from-empty", "--to-schema-datamodel", schema, "--script"], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, DATABASE_URL: provider === "sqlite" ? "file::memory:" : TEST_POSTGRES_URL },
  });
}

function sqliteShape(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY name",
      )
      .all() as { name: string }[];
    return tables.map(({ name }) => ({
      name,
      columns: db.prepare(`PRAGMA table_xinfo("${name}")`).all(),
      foreignKeys: db.prepare(`PRAGMA foreign_key_list("${name}")`).all(),
      indexes: (db.prepare(`PRAGMA index_list("${name}")`).all() as { name: string; unique: number; origin: string }[])
        .map((i) => ({ ...i, columns: db.prepare(`PRAGMA index_info("${i.name}")`).all(), seq: undefined }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    }));
  } finally {
    db.close();
  }
}

// Column order is not compared: PostgreSQL appends added columns, where the schema lists them in place.
async function pgShape(url: string) {
  return pgAdmin(url, async (c) => ({
    columns: (
      await c.query(`SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default
                       FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_sandbox_migrations'
                      ORDER BY table_name, column_name`)
    ).rows,
    indexes: (
      await c.query(
        `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_sandbox_migrations' ORDER BY indexname`,
      )
    ).rows,
    constraints: (
      await c.query(`SELECT conrelid::regclass::text AS tbl, conname, pg_get_constraintdef(oid) AS def FROM pg_constraint
                      WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '"_sandbox_migrations"'
                        AND conrelid::regclass::text <> '_sandbox_migrations' ORDER BY 1, 2`)
    ).rows,
    enums: (
      await c.query(`SELECT t.typname, array_agg(e.enumlabel ORDER BY e.enumsortorder) AS labels FROM pg_type t
                       JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname ORDER BY t.typname`)
    ).rows,
  }));
}

describe("migrations follow prisma/schema.prisma", () => {
  it("the SQLite snapshot is the schema, and the PostgreSQL migrations have caught up with it", () => {
    const schema = read("prisma/schema.prisma");
    expect(read("prisma/migrations/schema-at-last-migration.prisma"), "run npm run db:migration -- <name>").toBe(schema);
    expect(read("prisma/migrations-pg/schema-at-last-migration.prisma"), "run npm run db:migration:pg").toBe(schema);
  });

  it("SQLite: the committed migrations build the schema's tables, columns, indexes and foreign keys", () => {
    // DATABASE_URL is this file's copy of the template the global setup migrated with `prisma migrate deploy`.
    const migrated = (process.env.DATABASE_URL ?? "").replace(/^file:/, "");
    const fresh = `${migrated}.fresh`;
    const db = new Database(fresh);
    db.exec(fromEmptySql("sqlite"));
    db.close();
    expect(sqliteShape(migrated)).toEqual(sqliteShape(fresh));
  });

  it("PostgreSQL: the committed migrations build the schema's tables, columns, indexes, constraints and enums", async (ctx) => {
    if (!(await pgAnswers())) ctx.skip();
    const { ensureDatabase, migrate } = await import("../scripts/pg-migrate.mjs");
    const a = scratchName("sbx_drift_a");
    const b = scratchName("sbx_drift_b");
    try {
      await ensureDatabase(databaseUrlFor(TEST_POSTGRES_URL, a));
      await migrate(databaseUrlFor(TEST_POSTGRES_URL, a));
      await pgAdmin(TEST_POSTGRES_URL, (c) => c.query(`CREATE DATABASE "${b}" TEMPLATE template0`));
      const ddl = fromEmptySql("postgresql");
      await pgAdmin(databaseUrlFor(TEST_POSTGRES_URL, b), (c) => c.query(ddl));
      expect(await pgShape(databaseUrlFor(TEST_POSTGRES_URL, a))).toEqual(await pgShape(databaseUrlFor(TEST_POSTGRES_URL, b)));
    } finally {
      await dropDatabase(TEST_POSTGRES_URL, a);
      await dropDatabase(TEST_POSTGRES_URL, b);
    }
  });
});
