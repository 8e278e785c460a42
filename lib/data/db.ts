import "server-only";
import Database from "better-sqlite3";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { checkpointInBackground } from "./checkpoints";
import { PrismaClient } from "@/generated/prisma/client";
import { PrismaClient as PgPrismaClient } from "@/generated/prisma-pg/client";

/**
 * DATABASE_URL picks the database: `file:...` is SQLite (the default, the file under data/; tests use their own
 * copy), `postgresql://...` is PostgreSQL (many instances on one database; README "Running on PostgreSQL").
 */
export function databaseUrl(): string {
  return process.env.DATABASE_URL ?? "file:./data/sandbox.db";
}

export type Dialect = "sqlite" | "postgresql";

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

/** Which SQL the database in use speaks (raw statements in lib/data differ in a few words). */
export function dialect(): Dialect {
  return isPostgresUrl(databaseUrl()) ? "postgresql" : "sqlite";
}

/**
 * A raw statement written with `?` placeholders, in the database's own placeholder syntax (`$1, $2, ...` on
 * PostgreSQL). Our raw statements hold no `?` other than placeholders (no string literals with one).
 */
export function placeholders(sql: string): string {
  if (dialect() === "sqlite") return sql;
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient; prismaUrl?: string };

/**
 * WAL lets readers run while a write commits, and synchronous=NORMAL syncs at checkpoints instead of at every
 * commit: still safe if the process crashes, and several times faster per write transaction. WAL is a property
 * of the file, so it is set once here on a short-lived connection, before Prisma opens its own.
 */
function enableWal(url: string): void {
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

/**
 * The transaction clients whose transaction is still open (SQLite): lib/data/sql.ts runs statements straight on the
 * write connection only for one of these, i.e. while its transaction holds the adapter's lock. A client leaves the
 * set when its `$transaction` settles (committed, rolled back or timed out), so a callback that outlives its
 * transaction can't write into someone else's.
 */
// On globalThis, like the client: Next may load this module more than once (one copy per server layer), and a
// transaction opened through one copy's client must be known to every copy's lib/data/sql.ts.
const globalForTransactions = globalThis as unknown as { openTransactions?: WeakSet<object> };
const openTransactions = (globalForTransactions.openTransactions ??= new WeakSet<object>());

export function isOpenTransaction(tx: unknown): boolean {
  return typeof tx === "object" && tx !== null && openTransactions.has(tx);
}

/** lib/data/sql.ts's own transactions are open transactions too, from BEGIN to COMMIT or ROLLBACK. */
export function markTransactionOpen(tx: object, open: boolean): void {
  if (open) openTransactions.add(tx);
  else openTransactions.delete(tx);
}

// The SQLite write connection's lock, on globalThis for the same reason. Prisma's adapter locks the connection
// around its own transactions with a mutex we can't reach, so every Prisma transaction takes this lock first
// (capturingWriteConnection) and lib/data/sql.ts's transactions take the same one: the two kinds take turns.
const globalForWriteLock = globalThis as unknown as { sqliteWriteTail?: Promise<void> };

/** Waits for the SQLite write connection; the function it resolves to gives it back (once). */
export function acquireSqliteWriteLock(): Promise<() => void> {
  const previous = globalForWriteLock.sqliteWriteTail ?? Promise.resolve();
  let release!: () => void;
  const mine = new Promise<void>((resolve) => {
    release = resolve;
  });
  globalForWriteLock.sqliteWriteTail = previous.then(() => mine);
  return previous.then(() => release);
}

function tracked(client: PrismaClient): PrismaClient["$transaction"] {
  return ((arg: unknown, options?: unknown) => {
    if (typeof arg !== "function") return (client.$transaction as (a: unknown, o?: unknown) => Promise<unknown>)(arg, options);
    let tx: object | undefined;
    const run = arg as (tx: Tx) => Promise<unknown>;
    return client
      .$transaction(
        (t) => {
          tx = t as object;
          openTransactions.add(tx);
          return run(t);
        },
        options as { maxWait?: number; timeout?: number },
      )
      .finally(() => {
        if (tx) openTransactions.delete(tx);
      });
  }) as PrismaClient["$transaction"];
}

function serialized(client: PrismaClient, reader: PrismaClient): PrismaClient {
  const inTransaction = <T>(run: (tx: Tx) => Promise<T>) => client.$transaction(run);
  const delegates = new Map<string, unknown>();
  const $transaction = tracked(client);
  return new Proxy(client, {
    get(target, prop, receiver) {
      if (prop === "$transaction") return $transaction;
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

/**
 * PostgreSQL: a pool of connections (DATABASE_POOL_SIZE, default 10) shared by the process. None of the SQLite
 * arrangements above apply: each interactive transaction gets a connection of its own, and a query outside one
 * runs on any free connection and sees committed data only. The generated PostgreSQL client has the same models
 * and methods (it is generated from the same schema, scripts/pg-schema.mjs), so it is typed as the SQLite one.
 */
function createPostgresClient(url: string): PrismaClient {
  const pool = new pg.Pool({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  // A transaction may wait for a free connection and then for its tenant's write lock behind other writers
  // (lockTenantForWrite): give both more than Prisma's default 2 s / 5 s.
  return new PgPrismaClient({
    adapter: new PrismaPg(pool),
    transactionOptions: { maxWait: 30_000, timeout: 60_000 },
  }) as unknown as PrismaClient;
}

function createClient(url: string): PrismaClient {
  if (isPostgresUrl(url)) return createPostgresClient(url);
  enableWal(url);
  // A busy timeout lets writers of other processes (the seed, a benchmark) queue on SQLite's write lock.
  const client = new PrismaClient({
    adapter: capturingWriteConnection(new PrismaBetterSQLite3({ url, timeout: 10_000 }), url),
  });
  void client.$executeRawUnsafe("PRAGMA synchronous = NORMAL").catch(() => undefined);
  // A second connection for reads outside transactions: they needn't wait for the write lock.
  const reader = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url, timeout: 10_000 }) });
  return serialized(client, reader);
}

const globalForConnection = globalThis as unknown as { sqliteWriter?: { url: string; conn: Database.Database } };

/**
 * The better-sqlite3 connection under Prisma's SQLite adapter (the one its transactions run on), captured when
 * Prisma connects: lib/data/sql.ts runs hot statements on it, inside Prisma's transactions, with cached prepared
 * statements. The adapter keeps it as its public `client` field (adapter-better-sqlite3 6.19;
 * tests/db/sql.db.test.ts fails if that changes).
 */
function capturingWriteConnection(factory: PrismaBetterSQLite3, url: string): PrismaBetterSQLite3 {
  const capturing = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => {
      const adapter = await factory.connect();
      const conn = (adapter as unknown as { client: Database.Database }).client;
      globalForConnection.sqliteWriter = { url, conn };
      lockingTransactions(adapter);
      checkpointInBackground(conn, url.replace(/^file:/, ""));
      return adapter;
    },
    connectToShadowDb: () => factory.connectToShadowDb(),
  };
  return capturing as unknown as PrismaBetterSQLite3;
}

const globalForCounts = globalThis as unknown as { sqliteTransactionCounts?: { prisma: number; direct: number } };
const transactionCounts = (globalForCounts.sqliteTransactionCounts ??= { prisma: 0, direct: 0 });

/**
 * How many write transactions this process started on SQLite, Prisma's and lib/data/sql.ts's own: the hot paths
 * should start none of Prisma's (tests/db/sql.db.test.ts checks a call and a purchase).
 */
export function sqliteTransactionCounts(): { prisma: number; direct: number } {
  return transactionCounts;
}

type AdapterTransaction = { commit(): Promise<void>; rollback(): Promise<void> };

/**
 * Every transaction Prisma starts on the write connection first takes the write lock (acquireSqliteWriteLock),
 * and gives it back when Prisma commits or rolls back (also after a timeout, which rolls back).
 */
function lockingTransactions(adapter: unknown): void {
  const a = adapter as { startTransaction(isolationLevel?: unknown): Promise<AdapterTransaction> };
  const start = a.startTransaction.bind(a);
  a.startTransaction = async (isolationLevel?: unknown) => {
    transactionCounts.prisma += 1;
    const release = await acquireSqliteWriteLock();
    let transaction: AdapterTransaction;
    try {
      transaction = await start(isolationLevel);
    } catch (err) {
      release();
      throw err;
    }
    const commit = transaction.commit.bind(transaction);
    const rollback = transaction.rollback.bind(transaction);
    transaction.commit = () => commit().finally(release);
    transaction.rollback = () => rollback().finally(release);
    return transaction;
  };
}

/** The SQLite write connection, once Prisma has connected (inside any of its transactions it has). */
export function sqliteWriteConnection(): Database.Database | undefined {
  // Only the connection to the database in use: a client made for an earlier DATABASE_URL may have connected last.
  const writer = globalForConnection.sqliteWriter;
  return writer?.url === databaseUrl() ? writer.conn : undefined;
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
 * otherwise in a transaction of their own (so no write can land between them). On PostgreSQL that transaction is
 * REPEATABLE READ: under the default READ COMMITTED each statement would see its own snapshot.
 */
export function readConsistently<T>(tx: Tx | undefined, run: (tx: Tx) => Promise<T>): Promise<T> {
  if (tx) return run(tx);
  if (dialect() === "sqlite") return getDb().$transaction(run);
  // The client is typed as SQLite's, which knows only "Serializable"; PostgreSQL's client takes this one.
  const repeatableRead = { isolationLevel: "RepeatableRead" } as unknown as { isolationLevel: "Serializable" };
  return getDb().$transaction(run, repeatableRead);
}

/**
 * The tenant's write lock for read-decide-write transactions on money (credits calls, funding, auto-recharge,
 * the clock, purchases: `runGuarded` in lib/services/transaction.ts takes it first). On PostgreSQL this is
 * `SELECT ... FOR NO KEY UPDATE` on the tenant's row, the parent of its credits account, ledger and lots (it
 * exists before the account does): concurrent writers of one tenant, on any instance, queue here, and every
 * read after it sees what the previous writer committed (READ COMMITTED), so the ledger stays exact and a
 * threshold crossing recharges once. NO KEY UPDATE, not UPDATE: inserts of the tenant's child rows elsewhere
 * (their foreign-key checks take KEY SHARE) don't wait for it. On SQLite there is one writer at a time anyway,
 * so nothing is taken. In both, the account's version guard stays as a second line (lost race -> retry).
 */
export async function lockTenantForWrite(tx: Tx, tenantId: string): Promise<void> {
  if (dialect() !== "postgresql") return;
  await tx.$queryRawUnsafe(`SELECT "id" FROM "Tenant" WHERE "id" = $1 FOR NO KEY UPDATE`, tenantId);
}
