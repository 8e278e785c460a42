import "server-only";
import { getDb, type Tx } from "@/lib/data/db";
import { AppError } from "@/lib/domain/errors";

/**
 * Many calls can land on one tenant at once. SQLite serialises writers, but the guard doesn't rely on it:
 * every balance write is `updateMany where version = the version read`, and when another writer got there
 * first the whole transaction is rolled back and run again from a fresh read.
 */
class ConcurrentUpdate extends Error {
  constructor() {
    super("The credits account changed while this request was being decided.");
  }
}

const TX_OPTIONS = { maxWait: 60_000, timeout: 60_000 };
const MAX_ATTEMPTS = 25;

/** One transaction; run again from a fresh read when a guarded write lost a race (`concurrentUpdate()`). */
export async function runGuarded<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  const db = getDb();
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(fn, TX_OPTIONS);
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
