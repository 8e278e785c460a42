import "server-only";
import { dialect, getDb, lockTenantForWrite, type Tx } from "@/lib/data/db";
import { inDirectTransaction, NeedsPrisma } from "@/lib/data/sql";
import { AppError } from "@/lib/domain/errors";

/**
 * Many calls can land on one tenant at once, from several instances on PostgreSQL. Two layers keep money exact:
 * - the tenant's write lock, taken first (`lockTenantForWrite`: SELECT ... FOR NO KEY UPDATE on PostgreSQL,
 *   nothing on SQLite, which has one writer at a time): writers of one tenant take turns, so the ledger's running
 *   sums hold and a threshold crossing recharges once;
 * - the guard: every balance write is `updateMany where version = the version read`, and when another writer got
 *   there first the whole transaction is rolled back and run again from a fresh read.
 */
class ConcurrentUpdate extends Error {
  constructor() {
    super("The credits account changed while this request was being decided.");
  }
}

const TX_OPTIONS = { maxWait: 60_000, timeout: 60_000 };
const MAX_ATTEMPTS = 25;

/**
 * One transaction holding the tenant's write lock; run again from a fresh read when a guarded write lost a race
 * (`concurrentUpdate()`).
 */
export async function runGuarded<T>(tenantId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await writeTransaction(tenantId, fn, TX_OPTIONS);
    } catch (err) {
      if (!(err instanceof ConcurrentUpdate)) throw err;
      if (attempt >= MAX_ATTEMPTS) {
        throw new AppError({ code: "CONFLICT", message: "The credits account is very busy right now. Try again in a moment." });
      }
    }
  }
}

export function concurrentUpdate(): Error {
  return new ConcurrentUpdate();
}

/**
 * A write transaction on one tenant: it takes the tenant's write lock first (see runGuarded), so on PostgreSQL
 * writers of one tenant take turns as they do on SQLite, and a decision made from what the transaction read
 * (seats left, a user's licenses, a number's holder) still holds when it commits.
 */
export function inTenantTransaction<T>(
  tenantId: string,
  fn: (tx: Tx) => Promise<T>,
  options?: { maxWait?: number; timeout?: number },
): Promise<T> {
  return getDb().$transaction(async (tx) => {
    await lockTenantForWrite(tx, tenantId);
    return fn(tx);
  }, options);
}

/**
 * runGuarded's transaction. On SQLite it is first tried straight on the driver (inDirectTransaction: the money
 * paths, a call or a purchase, read and write only through lib/data/sql.ts, and a Prisma transaction would cost
 * them a tenth of their time); when `fn` reaches for Prisma on the way (a rare branch: a first sign-up, a clock
 * change), that attempt is rolled back and `fn` runs again in a Prisma transaction. Both hold SQLite's single
 * writer, so `fn` decides on the same state either way. On PostgreSQL it is Prisma's, with the tenant's lock.
 */
async function writeTransaction<T>(
  tenantId: string,
  fn: (tx: Tx) => Promise<T>,
  options: { maxWait: number; timeout: number },
): Promise<T> {
  if (dialect() === "sqlite") {
    try {
      return await inDirectTransaction(fn);
    } catch (err) {
      if (!NeedsPrisma.is(err)) throw err;
    }
  }
  return inTenantTransaction(tenantId, fn, options);
}
