import "server-only";
import { randomBytes } from "node:crypto";
import Database from "better-sqlite3";
import {
  acquireSqliteWriteLock,
  databaseUrl,
  dialect,
  getDb,
  isOpenTransaction,
  markTransactionOpen,
  placeholders,
  sqliteTransactionCounts,
  sqliteWriteConnection,
  type Db,
  type Tx,
} from "./db";

/**
 * Hand-written SQL for the hot paths (issue 15). Every Prisma operation costs about a millisecond of CPU on our
 * machines (its query compiler plans each query anew, the adapter prepares each statement anew); a cached
 * better-sqlite3 statement costs tens of microseconds. So the few reads and writes every API request makes (the
 * token, the membership, the faults, the tenant, a call's ledger writes) go through this executor:
 * - on SQLite, straight on the driver with prepared statements cached per connection: outside a transaction on a
 *   connection of our own (WAL: committed data only, reads only), inside a Prisma transaction on the write
 *   connection that transaction holds (so the statements are part of it, and see its writes);
 * - on PostgreSQL, through the transaction's (or the pool's) Prisma raw queries: one round trip per statement,
 *   which is what costs there, and the same statements.
 * Statements follow CODE_STYLE "Raw SQL": `?` placeholders, every identifier quoted, dates as ISO text.
 */
export interface Sql {
  all<T>(sql: string, ...args: unknown[]): Promise<T[]>;
  get<T>(sql: string, ...args: unknown[]): Promise<T | undefined>;
  /** A write; the number of rows it changed. */
  run(sql: string, ...args: unknown[]): Promise<number>;
}

let idCounter = 0;
// Random bytes drawn 4 KiB at a time: one randomBytes call per id cost 9% of a 10,000-user bulk change.
let pool = Buffer.alloc(0);
let poolAt = 0;

function randomChars(n: number): string {
  if (poolAt + n > pool.length) {
    pool = randomBytes(4096);
    poolAt = 0;
  }
  let out = "";
  for (let i = 0; i < n; i++) out += (pool[poolAt + i] % 36).toString(36);
  poolAt += n;
  return out;
}

/**
 * A collision-free opaque id in the shape of Prisma's cuid ("c" + 24 base-36 characters): time, then a counter, so
 * ids made by one process sort in the order they were made (lists break ties on equal timestamps by id), then
 * random characters.
 */
export function newId(): string {
  const time = Date.now().toString(36).padStart(8, "0");
  idCounter = (idCounter + 1) % 36 ** 4;
  const counter = idCounter.toString(36).padStart(4, "0");
  return `c${time}${counter}${randomChars(12)}`;
}

/** Prisma's SQLite DateTime text ("...+00:00"); PostgreSQL's timestamp columns read it as the same instant. */
export function sqlDate(d: Date): string {
  return d.toISOString().replace("Z", "+00:00");
}

/** A DateTime column as read: ISO text on SQLite, a Date on PostgreSQL. */
export function toDate(v: unknown): Date {
  return v instanceof Date ? v : new Date(String(v));
}

export function toDateOrNull(v: unknown): Date | null {
  return v === null || v === undefined ? null : toDate(v);
}

/** A Boolean column as read: 0/1 on SQLite, a boolean on PostgreSQL. */
export function toBool(v: unknown): boolean {
  return v === true || v === 1 || v === 1n;
}

/** An integer as read (PostgreSQL's COUNT is a bigint). */
export function toInt(v: unknown): number {
  return typeof v === "bigint" ? Number(v) : Number(v ?? 0);
}

function sqliteArg(v: unknown): unknown {
  if (v instanceof Date) return sqlDate(v);
  if (typeof v === "boolean") return v ? 1 : 0;
  return v === undefined ? null : v;
}

function postgresArg(v: unknown): unknown {
  return v instanceof Date ? sqlDate(v) : v === undefined ? null : v;
}

const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>();

function prepared(conn: Database.Database, sql: string): Database.Statement {
  let cache = statements.get(conn);
  if (!cache) statements.set(conn, (cache = new Map()));
  let stmt = cache.get(sql);
  if (!stmt) {
    // Bulk statements differ by their number of rows: keep the cache bounded (oldest out first).
    if (cache.size >= 300) cache.delete(cache.keys().next().value as string);
    stmt = conn.prepare(sql);
    if (stmt.reader) stmt.safeIntegers(false);
    cache.set(sql, stmt);
  }
  return stmt;
}

function direct(conn: () => Database.Database, writable: boolean): Sql {
  const args = (a: unknown[]) => a.map(sqliteArg);
  return {
    all: <T>(sql: string, ...a: unknown[]) => Promise.resolve(prepared(conn(), sql).all(...args(a)) as T[]),
    get: <T>(sql: string, ...a: unknown[]) => Promise.resolve(prepared(conn(), sql).get(...args(a)) as T | undefined),
    run: (sql: string, ...a: unknown[]) => {
      if (!writable) return outsideTransaction();
      return Promise.resolve(prepared(conn(), sql).run(...args(a)).changes);
    },
  };
}

const outsideTransaction = () => Promise.reject(new Error("A write outside a transaction: open one (lib/services/transaction.ts)."));

function viaPrisma(q: Db | Tx): Sql {
  const writable = q !== getDb();
  return {
    all: <T>(sql: string, ...a: unknown[]) => q.$queryRawUnsafe<T[]>(placeholders(sql), ...a.map(postgresArg)),
    get: async <T>(sql: string, ...a: unknown[]) => (await q.$queryRawUnsafe<T[]>(placeholders(sql), ...a.map(postgresArg)))[0],
    run: (sql: string, ...a: unknown[]) =>
      writable ? q.$executeRawUnsafe(placeholders(sql), ...a.map(postgresArg)) : outsideTransaction(),
  };
}

const globalForReader = globalThis as unknown as { sqlReader?: { url: string; conn: Database.Database } };

/** Our own read connection to the SQLite file (reads only: `query_only`). */
function readerConnection(): Database.Database {
  const url = databaseUrl();
  if (globalForReader.sqlReader?.url !== url) {
    globalForReader.sqlReader?.conn.close();
    const conn = new Database(url.replace(/^file:/, ""), { timeout: 10_000 });
    conn.pragma("query_only = 1");
    globalForReader.sqlReader = { url, conn };
  }
  return globalForReader.sqlReader.conn;
}

function writerConnection(): Database.Database {
  const conn = sqliteWriteConnection();
  if (!conn) throw new Error("The SQLite write connection is not open: direct SQL runs inside a Prisma transaction.");
  return conn;
}

const reader = direct(readerConnection, false);
const writer = direct(writerConnection, true);

/**
 * The executor for `q`: the root client (getDb(), outside any transaction) reads committed data; a transaction's
 * client runs its statements inside that transaction.
 */
export function sqlOf(q: Db | Tx): Sql {
  if (dialect() === "postgresql") return viaPrisma(q);
  if (q === getDb()) return reader;
  if (!isOpenTransaction(q)) throw new Error("Direct SQL on a transaction that is no longer open.");
  return writer;
}

// Snapshots take turns on the one read connection, across every copy of this module Next loads (see db.ts).
const globalForSnapshots = globalThis as unknown as { sqlSnapshotQueue?: Promise<unknown> };

/**
 * Several reads as one consistent snapshot, outside any write transaction: on SQLite a read transaction on our
 * read connection (it never waits for writers; snapshots take turns on it, each a few microseconds long), on
 * PostgreSQL a REPEATABLE READ transaction.
 */
export function readSnapshot<T>(run: (sql: Sql) => Promise<T>): Promise<T> {
  if (dialect() === "postgresql") {
    const repeatableRead = { isolationLevel: "RepeatableRead" } as unknown as { isolationLevel: "Serializable" };
    return getDb().$transaction((tx) => run(viaPrisma(tx)), repeatableRead);
  }
  const result = (globalForSnapshots.sqlSnapshotQueue ?? Promise.resolve()).then(async () => {
    const conn = readerConnection();
    prepared(conn, "BEGIN").run();
    try {
      return await run(reader);
    } finally {
      prepared(conn, "COMMIT").run();
    }
  });
  globalForSnapshots.sqlSnapshotQueue = result.catch(() => undefined);
  return result;
}

/**
 * `run` on one consistent view: inside `q`'s transaction when it is one, else on a read snapshot of its own (the
 * SQL counterpart of readConsistently in db.ts).
 */
export function consistently<T>(q: Db | Tx, run: (sql: Sql) => Promise<T>): Promise<T> {
  return q === getDb() ? readSnapshot(run) : run(sqlOf(q));
}

/**
 * Thrown when code inside a direct transaction reaches for Prisma (a model, `$queryRaw`, ...): the transaction is
 * rolled back and run again as a Prisma transaction (`inDirectTransaction`'s caller decides how).
 */
export class NeedsPrisma extends Error {
  constructor(what: string) {
    super(`"${what}" needs a Prisma transaction; this one runs on the driver alone.`);
    this.name = "NeedsPrisma";
  }

  /** By name too: Next may load this module more than once, and each copy has its own class. */
  static is(err: unknown): boolean {
    return err instanceof NeedsPrisma || (err instanceof Error && err.name === "NeedsPrisma");
  }
}

/** Properties a promise-aware or inspecting caller may look up on any object; they are not Prisma operations. */
const NOT_PRISMA = new Set(["then", "catch", "finally", "toJSON", "constructor", "inspect", "asymmetricMatch", "$$typeof"]);

/**
 * A write transaction straight on the SQLite write connection, without Prisma (issue 15: an interactive Prisma
 * transaction costs about half a millisecond before its first statement; BEGIN and COMMIT here cost microseconds).
 * It takes the connection's write lock (Prisma's transactions take the same one, db.ts), so nothing else runs on
 * that connection meanwhile, and BEGIN IMMEDIATE takes SQLite's write lock up front (another process, a seed say,
 * waits, as it would for Prisma). `fn` gets a transaction client that only `sqlOf` can use: every data function
 * on lib/data/sql.ts works with it unchanged. One that still uses Prisma gets NeedsPrisma, and so does the whole
 * transaction: it is rolled back and the error is thrown, even if `fn` caught the first one. SQLite only.
 */
export async function inDirectTransaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  if (dialect() !== "sqlite") throw new Error("Direct transactions are for SQLite; PostgreSQL runs Prisma's.");
  // Prisma opens its connection (and so the write connection is known) on first use.
  if (!sqliteWriteConnection()) await getDb().$connect();
  const release = await acquireSqliteWriteLock();
  let needed: NeedsPrisma | null = null;
  const tx = new Proxy(
    {},
    {
      get(_target, prop) {
        if (typeof prop !== "string" || NOT_PRISMA.has(prop)) return undefined;
        needed ??= new NeedsPrisma(prop);
        throw needed;
      },
    },
  ) as Tx;
  try {
    const conn = writerConnection();
    prepared(conn, "BEGIN IMMEDIATE").run();
    sqliteTransactionCounts().direct += 1;
    markTransactionOpen(tx, true);
    try {
      const result = await fn(tx);
      if (needed) throw needed;
      prepared(conn, "COMMIT").run();
      return result;
    } catch (err) {
      if (conn.inTransaction) prepared(conn, "ROLLBACK").run();
      throw needed ?? err;
    } finally {
      markTransactionOpen(tx, false);
    }
  } finally {
    release();
  }
}
