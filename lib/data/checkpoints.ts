import "server-only";
import { Worker } from "node:worker_threads";
import type Database from "better-sqlite3";

/**
 * WAL checkpoints off the request thread (issue 15). By default the connection that commits runs a checkpoint
 * whenever the WAL passes 1,000 pages: it copies the pages into the database file and syncs it, 5-10 ms during
 * which the server answers nobody (seen as a spike every ~150 purchases). Instead the write connection never
 * checkpoints (`wal_autocheckpoint = 0`) and a worker thread with a connection of its own runs a PASSIVE checkpoint
 * every CHECKPOINT_EVERY_MS: it waits for no reader or writer and copies what it can. If the worker stops, the write
 * connection checkpoints by itself again, so the WAL can't grow without bound.
 */
const CHECKPOINT_EVERY_MS = 250;

// Plain CommonJS run by the worker (eval): better-sqlite3 resolves from the server's working directory.
const WORKER_SOURCE = `
const { workerData } = require("node:worker_threads");
const Database = require("better-sqlite3");
const db = new Database(workerData.file, { timeout: 0 });
setInterval(() => {
  try {
    db.pragma("wal_checkpoint(PASSIVE)");
  } catch {
    // busy or locked: the next round copies what this one could not
  }
}, workerData.everyMs);
`;

const globalForCheckpoints = globalThis as unknown as { sqliteCheckpointer?: { file: string; worker: Worker } };

/** Moves the checkpoints of `conn` (the SQLite write connection to `file`) to a background thread. */
export function checkpointInBackground(conn: Database.Database, file: string): void {
  if (file === ":memory:" || process.env.SANDBOX_CHECKPOINT_WORKER === "0") return;
  const running = globalForCheckpoints.sqliteCheckpointer;
  if (running?.file === file) return;
  if (running) void running.worker.terminate();
  let worker: Worker;
  try {
    worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, everyMs: CHECKPOINT_EVERY_MS } });
  } catch {
    return; // the connection keeps checkpointing by itself
  }
  worker.unref();
  const fallBack = () => {
    if (globalForCheckpoints.sqliteCheckpointer?.worker !== worker) return;
    globalForCheckpoints.sqliteCheckpointer = undefined;
    try {
      conn.pragma("wal_autocheckpoint = 1000");
    } catch {
      // the connection is closed
    }
  };
  worker.on("error", fallBack);
  worker.on("exit", fallBack);
  conn.pragma("wal_autocheckpoint = 0");
  globalForCheckpoints.sqliteCheckpointer = { file, worker };
}
