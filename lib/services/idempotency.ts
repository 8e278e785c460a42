import "server-only";
import { createHash } from "node:crypto";
import type { Tx } from "@/lib/data/db";
import { AppError } from "@/lib/domain/errors";

export interface StoredResponse {
  status: number;
  body: unknown;
  /** true when this is the first request's answer given again. */
  replayed: boolean;
}

function hashRequest(body: unknown): string {
  return createHash("sha256").update(JSON.stringify(body ?? null)).digest("hex");
}

/** The answer already given for this key, or null; 409 when the key was used with another body. */
export async function findReplay(tx: Tx, tenantId: string, scope: string, key: string, body: unknown): Promise<StoredResponse | null> {
  const record = await tx.idempotencyRecord.findUnique({ where: { tenantId_scope_key: { tenantId, scope, key } } });
  if (!record) return null;
  if (record.requestHash !== hashRequest(body)) {
    throw new AppError({
      code: "IDEMPOTENCY_KEY_REUSED",
      message: "This Idempotency-Key was already used for a different request. Use a new key for a new purchase.",
      details: { key },
    });
  }
  return { status: record.status, body: JSON.parse(record.responseJson), replayed: true };
}

/** Stored in the same transaction as the write it answers; the unique key stops a concurrent twin. */
export async function saveReplay(tx: Tx, tenantId: string, scope: string, key: string, body: unknown, status: number, response: unknown) {
  await tx.idempotencyRecord.create({
    data: { tenantId, scope, key, requestHash: hashRequest(body), status, responseJson: JSON.stringify(response) },
  });
}

export function isUniqueViolation(err: unknown): boolean {
  return typeof err === "object" && err !== null && (err as { code?: string }).code === "P2002";
}
