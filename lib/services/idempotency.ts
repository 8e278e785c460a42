import "server-only";
import { createHash } from "node:crypto";
import { getDb, type Tx } from "@/lib/data/db";
import { findIdempotencyRecord, insertIdempotencyRecord, isUniqueViolation } from "@/lib/data/idempotency";
import { AppError } from "@/lib/domain/errors";
import { runGuarded } from "./transaction";

/** A write's result, and whether it is the first request's result given again. */
export interface Idempotent<T> {
  value: T;
  replayed: boolean;
}

interface IdempotentRequest {
  tenantId: string;
  /** Which kind of write the key belongs to ("purchase", "credits.funds"). */
  scope: string;
  /** The caller's Idempotency-Key (validated by lib/validation/idempotency); without one, the write just runs. */
  key?: string;
  /** The request body: a reused key with another body is refused. */
  request: unknown;
}

function hashRequest(body: unknown): string {
  return createHash("sha256")
    .update(JSON.stringify(body ?? null))
    .digest("hex");
}

/** The answer already given for this key, or null; IDEMPOTENCY_KEY_REUSED when the key came with another body. */
async function findReplay<T>(tx: Tx, req: IdempotentRequest & { key: string }): Promise<T | null> {
  const record = await findIdempotencyRecord(tx, req.tenantId, req.scope, req.key);
  if (!record) return null;
  if (record.requestHash !== hashRequest(req.request)) {
    throw new AppError({
      code: "IDEMPOTENCY_KEY_REUSED",
      message: "This Idempotency-Key was already used for a different request. Use a new key for a new purchase.",
      details: { key: req.key },
    });
  }
  return JSON.parse(record.responseJson) as T;
}

/**
 * Runs a write in one guarded transaction (retried from a fresh read when a concurrent writer won), and with a
 * key stores its result in that same transaction: a retry or a double-click gets the first result back. When a
 * concurrent twin with the same key commits first, the unique key makes this one fail, and its result is answered.
 */
export async function withIdempotency<T>(req: IdempotentRequest, write: (tx: Tx) => Promise<T>): Promise<Idempotent<T>> {
  const key = req.key;
  try {
    return await runGuarded(async (tx) => {
      if (key) {
        const replay = await findReplay<T>(tx, { ...req, key });
        if (replay !== null) return { value: replay, replayed: true };
      }
      const value = await write(tx);
      if (key) {
        await insertIdempotencyRecord(tx, {
          tenantId: req.tenantId,
          scope: req.scope,
          key,
          requestHash: hashRequest(req.request),
          responseJson: JSON.stringify(value),
        });
      }
      return { value, replayed: false };
    });
  } catch (err) {
    if (key && isUniqueViolation(err)) {
      const replay = await findReplay<T>(getDb(), { ...req, key });
      if (replay !== null) return { value: replay, replayed: true };
    }
    throw err;
  }
}
