#!/usr/bin/env node
// Applies the committed PostgreSQL migrations (prisma/migrations-pg) to DATABASE_URL. Prisma's WebAssembly schema
// engine can't migrate PostgreSQL through a driver adapter (prisma/orm#27403), so this small runner does it:
// - each migration runs in its own transaction together with the row recording it in "_sandbox_migrations",
//   so a migration is applied entirely or not at all, and running again applies only what is missing;
// - a session advisory lock makes concurrent runners (several instances starting at once) take turns;
// - the database is created when it doesn't exist, with the C collation: rows sort byte-wise as on SQLite.
// Usage: DATABASE_URL=postgresql://... node scripts/pg-migrate.mjs
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { migrationFolders } from "./pg-migration.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const LOCK_KEY = 7_316_001; // any constant; one per application

/** Creates the database named in `url` when missing (connecting to the server's `postgres` database). */
export async function ensureDatabase(url) {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!name) throw new Error("DATABASE_URL names no database");
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount === 0) {
      const quoted = `"${name.replaceAll('"', '""')}"`;
      await client.query(`CREATE DATABASE ${quoted} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'`).catch((e) => {
        if (e.code !== "42P04") throw e; // another runner created it first
      });
    }
  } finally {
    await client.end();
  }
}

/** Applies what is missing; returns the names applied now. */
export async function migrate(url, { dir = path.join(root, "prisma/migrations-pg"), log = () => {} } = {}) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const applied = [];
  try {
    await client.query("SELECT pg_advisory_lock($1)", [LOCK_KEY]);
    await client.query(`CREATE TABLE IF NOT EXISTS "_sandbox_migrations" (
      "name" TEXT PRIMARY KEY, "checksum" TEXT NOT NULL, "appliedAt" TIMESTAMPTZ NOT NULL DEFAULT now())`);
    const done = new Map(
      (await client.query(`SELECT "name", "checksum" FROM "_sandbox_migrations"`)).rows.map((r) => [r.name, r.checksum]),
    );
    for (const name of migrationFolders(dir)) {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      const checksum = createHash("sha256").update(sql).digest("hex");
      if (done.has(name)) {
        if (done.get(name) !== checksum) log(`warning: ${name} changed after it was applied (not applied again)`);
        continue;
      }
      try {
        await client.query("BEGIN");
        await client.query(sql);
        await client.query(`INSERT INTO "_sandbox_migrations" ("name", "checksum") VALUES ($1, $2)`, [name, checksum]);
        await client.query("COMMIT");
      } catch (e) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw new Error(`migration ${name} failed and was rolled back: ${e.message}`);
      }
      applied.push(name);
      log(`applied ${name}`);
    }
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [LOCK_KEY]).catch(() => undefined);
    await client.end();
  }
  return applied;
}

const self = fileURLToPath(import.meta.url);
if (process.argv[1] && path.resolve(process.argv[1]) === self) {
  const url = process.env.DATABASE_URL;
  if (!url || !/^postgres(ql)?:/.test(url)) throw new Error("DATABASE_URL must be a postgresql:// URL");
  try {
    await ensureDatabase(url);
    const applied = await migrate(url, { log: (m) => console.log(m) });
    console.log(applied.length ? `${applied.length} migration(s) applied` : "PostgreSQL migrations: nothing to apply");
  } catch (e) {
    // A new user's first run: say what failed and what to check, not a driver stack trace.
    const u = new URL(url);
    const where = `database "${decodeURIComponent(u.pathname.slice(1))}" on ${u.hostname}:${u.port || 5432} as ${decodeURIComponent(u.username) || "the current OS user"}`;
    console.error(`Could not prepare PostgreSQL ${where}: ${e.message || e.code || e}`);
    if (e.code === "ECONNREFUSED" || e.code === "ENOTFOUND" || e.code === "ETIMEDOUT")
      console.error("Is the server running, and are the host and port in DATABASE_URL right?");
    else if (e.code === "42501")
      console.error(
        `That user may not create databases: create it once yourself (as a superuser: createdb -T template0 -l C -O ${decodeURIComponent(u.username) || "USER"} ${decodeURIComponent(u.pathname.slice(1))}) and run again.`,
      );
    else if (e.code === "28P01" || e.code === "28000" || e.code === "3D000")
      console.error("Check the user, password and database in DATABASE_URL (postgresql://USER:PASSWORD@HOST:PORT/DATABASE).");
    process.exit(1);
  }
}
