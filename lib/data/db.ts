import "server-only";
import Database from "better-sqlite3";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/generated/prisma/client";

/** The SQLite file under data/ unless DATABASE_URL names another (tests use their own copy). */
export function databaseUrl(): string {
  return process.env.DATABASE_URL ?? "file:./data/sandbox.db";
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient; prismaUrl?: string };

/**
 * WAL lets readers run while a write commits, and synchronous=NORMAL syncs at checkpoints instead of at every
 * commit: still safe if the process crashes, and several times faster per write transaction. WAL is a property
 * of the file, so it is set once here on a short-lived connection, before Prisma opens its own.
 */
function useWal(url: string): void {
  const file = url.replace(/^file:/, "");
  if (file === ":memory:") return;
  try {
    const db = new Database(file, { timeout: 10_000 });
    db.pragma("journal_mode = WAL");
    db.close();
  } catch {
    // Only speed is lost; the database works in its default journal mode.
  }
}

/** Raw statements that must queue behind transactions like everything else. */
const RAW_OPERATIONS = new Set(["$queryRaw", "$queryRawUnsafe", "$executeRaw", "$executeRawUnsafe"]);

/**
 * The driver adapter keeps ONE better-sqlite3 connection per process and locks it only around interactive
 * transactions. A plain query issued while another request's transaction is open would run INSIDE that
 * transaction: it could read that request's uncommitted writes, and its own writes would vanish if that request
 * rolled back. So every write outside `$transaction` is sent through a short transaction of its own, which takes
 * the adapter's lock, and every read outside `$transaction` goes to a separate read-only connection, which in WAL
 * mode sees only committed data. Code inside a transaction uses its `tx` client, which is not wrapped.
 * (Never write through getDb() inside a transaction callback: it would wait for the lock the callback holds.)
 */
const READ_METHODS = new Set([
  "findUnique",
  "findUniqueOrThrow",
  "findFirst",
  "findFirstOrThrow",
  "findMany",
  "count",
  "aggregate",
  "groupBy",
]);

function serialized(client: PrismaClient, reader: PrismaClient): PrismaClient {
  const inTransaction = <T>(run: (tx: Tx) => Promise<T>) => client.$transaction(run);
  const delegates = new Map<string, unknown>();
  return new Proxy(client, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof prop !== "string") return value;
      if (RAW_OPERATIONS.has(prop)) {
        return (...args: unknown[]) =>
          inTransaction((tx) => (tx as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[prop](...args));
      }
      if (prop.startsWith("$") || prop.startsWith("_") || value === null || typeof value !== "object") {
        return typeof value === "function" ? value.bind(target) : value;
      }
      // A model delegate (db.tenant, db.auditEvent, ...): a read goes to the read-only connection, which in WAL
      // mode sees only committed data; a write runs in a transaction of its own on the main connection.
      if (!delegates.has(prop)) {
        const readDelegate = (reader as unknown as Record<string, Record<string, (...a: unknown[]) => Promise<unknown>>>)[prop];
        delegates.set(
          prop,
          new Proxy(value as object, {
            get(delegate, method) {
              const fn = Reflect.get(delegate, method);
              if (typeof fn !== "function" || typeof method !== "string") return fn;
              if (READ_METHODS.has(method)) return (...args: unknown[]) => readDelegate[method](...args);
              return (...args: unknown[]) =>
                inTransaction((tx) =>
                  (tx as unknown as Record<string, Record<string, (...a: unknown[]) => Promise<unknown>>>)[prop][method](...args),
                );
            },
          }),
        );
      }
      return delegates.get(prop);
    },
  });
}

function createClient(url: string): PrismaClient {
  useWal(url);
  // A busy timeout lets writers of other processes (the seed, a benchmark) queue on SQLite's write lock.
  const adapter = new PrismaBetterSQLite3({ url, timeout: 10_000 });
  const client = new PrismaClient({ adapter });
  void client.$executeRawUnsafe("PRAGMA synchronous = NORMAL").catch(() => undefined);
  // A second connection for reads outside transactions: they needn't wait for the write lock.
  const reader = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url, timeout: 10_000 }) });
  return serialized(client, reader);
}

/** One client per process (and per database URL, so each test file gets its own file). */
export function getDb(): PrismaClient {
  const url = databaseUrl();
  if (!globalForPrisma.prisma || globalForPrisma.prismaUrl !== url) {
    globalForPrisma.prisma = createClient(url);
    globalForPrisma.prismaUrl = url;
  }
  return globalForPrisma.prisma;
}

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/**
 * Runs several reads as one consistent snapshot: inside the caller's transaction when there is one,
 * otherwise in a transaction of their own (so no write can land between them).
 */
export function readConsistently<T>(tx: Tx | undefined, run: (tx: Tx) => Promise<T>): Promise<T> {
  return tx ? run(tx) : getDb().$transaction(run);
}
