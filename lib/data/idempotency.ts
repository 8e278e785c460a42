import "server-only";
import type { Db, Tx } from "./db";
import { newId, sqlOf } from "./sql";

export interface IdempotencyRow {
  requestHash: string;
  responseJson: string;
}

export async function findIdempotencyRecord(tx: Db | Tx, tenantId: string, scope: string, key: string): Promise<IdempotencyRow | null> {
  const row = await sqlOf(tx).get<IdempotencyRow>(
    `SELECT "requestHash", "responseJson" FROM "IdempotencyRecord" WHERE "tenantId" = ? AND "scope" = ? AND "key" = ?`,
    tenantId,
    scope,
    key,
  );
  return row ?? null;
}

/**
 * Stored in the same transaction as the write it answers; the unique key stops a concurrent twin.
 * Only successful writes are stored, so the `status` column always holds 201 (Created).
 */
export async function insertIdempotencyRecord(
  tx: Tx,
  row: { tenantId: string; scope: string; key: string; requestHash: string; responseJson: string },
): Promise<void> {
  await sqlOf(tx).run(
    `INSERT INTO "IdempotencyRecord" ("id", "tenantId", "scope", "key", "requestHash", "responseJson", "status", "createdAt")
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    newId(),
    row.tenantId,
    row.scope,
    row.key,
    row.requestHash,
    row.responseJson,
    201,
    new Date(),
  );
}

/**
 * Another transaction inserted the same key first: a unique-constraint violation as Prisma reports it (P2002),
 * as SQLite does (SQLITE_CONSTRAINT_UNIQUE, a statement of lib/data/sql.ts) or as PostgreSQL does through a raw
 * query (P2010 with SQLSTATE 23505).
 */
export function isUniqueViolation(err: unknown): boolean {
  if (typeof err !== "object" || err === null) return false;
  const e = err as { code?: string; meta?: { code?: string } };
  return e.code === "P2002" || e.code === "SQLITE_CONSTRAINT_UNIQUE" || (e.code === "P2010" && e.meta?.code === "23505");
}
