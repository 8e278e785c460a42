import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/generated/prisma/client";

/** The SQLite file under data/ unless DATABASE_URL names another (tests use their own copy). */
export function databaseUrl(): string {
  return process.env.DATABASE_URL ?? "file:./data/sandbox.db";
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient; prismaUrl?: string };

function createClient(url: string): PrismaClient {
  // A busy timeout lets concurrent writers queue on SQLite's single write lock instead of failing.
  const adapter = new PrismaBetterSQLite3({ url, timeout: 10_000 });
  const client = new PrismaClient({ adapter });
  // WAL lets readers run while a write commits, and synchronous=NORMAL syncs at checkpoints instead of at
  // every commit: still safe against a crash of the process, and several times faster per write transaction.
  // Queued first on the connection; a failure here only costs speed.
  void client.$queryRawUnsafe("PRAGMA journal_mode = WAL").catch(() => undefined);
  void client.$queryRawUnsafe("PRAGMA synchronous = NORMAL").catch(() => undefined);
  return client;
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
