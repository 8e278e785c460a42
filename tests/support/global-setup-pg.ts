import path from "node:path";
import { randomUUID } from "node:crypto";
import type { TestProject } from "vitest/node";
import { databaseUrlFor, pgAdmin, TEST_POSTGRES_URL } from "./pg";

declare module "vitest" {
  export interface ProvidedContext {
    pgServerUrl: string;
    pgTemplate: string;
    pgRunPrefix: string;
  }
}

/**
 * PostgreSQL twin of global-setup.ts: migrates one template database per run with the committed PostgreSQL
 * migrations (scripts/pg-migrate.mjs, as `npm run db:deploy` does); each test file gets its own database made
 * from it (`CREATE DATABASE ... TEMPLATE`, tests/support/per-file-pg.ts). Everything the run made is dropped at
 * the end; names carry the run's prefix, so parallel runs don't collide.
 */
export default async function setup(project: TestProject) {
  const { ensureDatabase, migrate } = await import(path.resolve("scripts/pg-migrate.mjs"));
  const prefix = `sbx_t${randomUUID().replaceAll("-", "").slice(0, 10)}`;
  const template = `${prefix}_template`;
  await ensureDatabase(databaseUrlFor(TEST_POSTGRES_URL, template));
  await migrate(databaseUrlFor(TEST_POSTGRES_URL, template));
  project.provide("pgServerUrl", TEST_POSTGRES_URL);
  project.provide("pgTemplate", template);
  project.provide("pgRunPrefix", prefix);
  return async () => {
    await pgAdmin(TEST_POSTGRES_URL, async (c) => {
      const rows = (await c.query("SELECT datname FROM pg_database WHERE datname LIKE $1", [`${prefix}\\_%`])).rows as {
        datname: string;
      }[];
      for (const { datname } of rows) await c.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    });
  };
}
