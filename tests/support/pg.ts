import { randomUUID } from "node:crypto";
import pg from "pg";

/** Where the PostgreSQL tests look for a server (trust auth on the development and CI machines). */
export const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

/** The server's URL with another database name. */
export function databaseUrlFor(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A fresh database name: lowercase, unquoted-safe. */
export function scratchName(prefix: string): string {
  return `${prefix}_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
}

export async function pgAdmin<T>(serverUrl: string, run: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** True when a PostgreSQL server answers at `serverUrl`. */
export async function pgAnswers(serverUrl = TEST_POSTGRES_URL): Promise<boolean> {
  try {
    await pgAdmin(serverUrl, (c) => c.query("SELECT 1"));
    return true;
  } catch {
    return false;
  }
}

/** Drops a database, closing other sessions on it first. */
export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await pgAdmin(serverUrl, async (c) => {
    await c.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", [name]);
    await c.query(`DROP DATABASE IF EXISTS "${name}"`);
  });
}
