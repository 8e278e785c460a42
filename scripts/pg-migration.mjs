#!/usr/bin/env node
// Writes the PostgreSQL migration that catches prisma/migrations-pg up with prisma/migrations (SQLite).
//
// The SQLite migrations are the history; the PostgreSQL ones follow them. A PostgreSQL migration folder is named
// after the newest SQLite migration it covers, and prisma/migrations-pg/schema-at-last-migration.prisma is the
// (SQLite-form) schema it brings the database to. So after merging branches that each added a SQLite migration,
// one run writes one PostgreSQL migration covering all of them:
//
//   npm run db:migration:pg        (also run by `npm run db:migration -- <name>`)
//
// The SQL comes from `prisma migrate diff --from-schema-datamodel A --to-schema-datamodel B --script` on the
// PostgreSQL versions of both schemas (scripts/pg-schema.mjs): offline, no shadow database, no engine download.
// Data-only statements in a SQLite migration are not carried over: write them into the PostgreSQL one by hand.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { toPostgresSchema } from "./pg-schema.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const sqliteDir = path.join(root, "prisma/migrations");
const pgDir = path.join(root, "prisma/migrations-pg");
const sqliteSnapshot = path.join(sqliteDir, "schema-at-last-migration.prisma");
const pgSnapshot = path.join(pgDir, "schema-at-last-migration.prisma");

export function migrationFolders(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^\d{14}_/.test(d.name))
    .map((d) => d.name)
    .sort();
}

/** PostgreSQL DDL taking the schema `fromText` (SQLite form, or null for an empty database) to `toText`. */
export function pgDiff(fromText, toText) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), "pg-diff-"));
  try {
    const to = path.join(tmp, "to.prisma");
    writeFileSync(to, toPostgresSchema(toText));
    const args = ["prisma", "migrate", "diff", "--to-schema-datamodel", to, "--script"];
    if (fromText === null) args.push("--from-empty");
    else {
      const from = path.join(tmp, "from.prisma");
      writeFileSync(from, toPostgresSchema(fromText));
      args.push("--from-schema-datamodel", from);
    }
    return execFileSync("npx", args, {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, DATABASE_URL: diffUrl },
    });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** True when the script holds a statement (prisma prints only comments for "no difference"). */
export function hasStatements(sql) {
  return sql.split("\n").some((line) => line.trim() !== "" && !line.trim().startsWith("--"));
}

// The WebAssembly engine opens a connection through the adapter even for a schema-to-schema diff (it reads
// nothing): any PostgreSQL server that answers will do.
const diffUrl = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

const self = fileURLToPath(import.meta.url);
if (process.argv[1] && path.resolve(process.argv[1]) === self) {
  const latest = migrationFolders(sqliteDir).at(-1);
  if (!latest) throw new Error("no SQLite migrations yet");
  const target = readFileSync(sqliteSnapshot, "utf8");
  const sql = pgDiff(existsSync(pgSnapshot) ? readFileSync(pgSnapshot, "utf8") : null, target);
  if (!hasStatements(sql)) {
    console.log("PostgreSQL migrations already match the last SQLite migration: nothing to write.");
    process.exit(0);
  }
  const dir = path.join(pgDir, latest);
  if (existsSync(dir)) {
    throw new Error(`${path.relative(root, dir)} exists but the schema moved on: write a new SQLite migration first`);
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "migration.sql"), sql);
  copyFileSync(sqliteSnapshot, pgSnapshot);
  console.log(`wrote ${path.relative(root, dir)}/migration.sql`);
}
