import "server-only";
import type { Tx } from "./db";

export interface IdempotencyRow {
  requestHash: string;
  responseJson: string;
}

export async function findIdempotencyRecord(tx: Tx, tenantId: string, scope: string, key: string): Promise<IdempotencyRow | null> {
  return tx.idempotencyRecord.findUnique({
    where: { tenantId_scope_key: { tenantId, scope, key } },
    select: { requestHash: true, responseJson: true },
  });
}

/**
 * Stored in the same transaction as the write it answers; the unique key stops a concurrent twin.
 * Only successful writes are stored, so the `status` column always holds 201 (Created).
 */
export async function insertIdempotencyRecord(
  tx: Tx,
  row: { tenantId: string; scope: string; key: string; requestHash: string; responseJson: string },
): Promise<void> {
  await tx.idempotencyRecord.create({ data: { ...row, status: 201 } });
}

/** Prisma's unique-constraint violation (P2002): another transaction inserted the same key first. */
export function isUniqueViolation(err: unknown): boolean {
  return typeof err === "object" && err !== null && (err as { code?: string }).code === "P2002";
}
