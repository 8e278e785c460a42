#!/usr/bin/env node
// Simulated calls per second through the HTTP API with N `next start` instances on one database, SQLite or
// PostgreSQL: 8 clients (BENCH_CLIENTS) post 10-minute toll-free calls to one tenant for BENCH_SECONDS (10),
// round-robin over the instances, then the ledger is checked (running sums, balance, one usage entry per
// answered call). Prints figures; nothing here is a timed test.
//
//   node bench/instances.bench.mjs                       1 instance, SQLite (a fresh file under data/)
//   BENCH_DB=postgresql node bench/instances.bench.mjs   1 instance, PostgreSQL (a fresh database on TEST_POSTGRES_URL)
//   BENCH_DB=postgresql BENCH_INSTANCES=2 node bench/instances.bench.mjs
//
// Needs a build in NEXT_DIST_DIR (default .next). Ports BENCH_PORT, BENCH_PORT+1, ... (default 3620).
// (Two instances on one SQLite file work too, but SQLite has one writer: that is what PostgreSQL is for.)
import { spawn, spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { ensureDatabase, migrate } from "../scripts/pg-migrate.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const kind = process.env.BENCH_DB === "postgresql" ? "postgresql" : "sqlite";
const n = Number(process.env.BENCH_INSTANCES ?? 1);
const clients = Number(process.env.BENCH_CLIENTS ?? 8);
const tenantsCount = Number(process.env.BENCH_TENANTS ?? 1);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const dist = process.env.NEXT_DIST_DIR ?? ".next";
const basePort = Number(process.env.BENCH_PORT ?? 3620);
const server = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const id = randomUUID().replaceAll("-", "").slice(0, 12);
let DATABASE_URL;
let sqliteFile;
if (kind === "postgresql") {
  const u = new URL(server);
  u.pathname = `/sbx_bench_${id}`;
  DATABASE_URL = u.toString();
} else {
  mkdirSync(path.join(root, "data"), { recursive: true });
  sqliteFile = path.join(root, "data", `bench-${id}.db`);
  DATABASE_URL = `file:${sqliteFile}`;
}

const children = [];
const stopAll = () => {
  for (const c of children) {
    try {
      process.kill(-c.pid, "SIGKILL");
    } catch {
      // gone
    }
  }
};
process.on("exit", stopAll);

async function api(base, token, method, p, body) {
  const res = await fetch(`${base}/api/v1${p}`, {
    method,
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, json: await res.json() };
}
async function must(p, status, what) {
  const r = await p;
  if (r.status !== status) throw new Error(`${what}: HTTP ${r.status} ${JSON.stringify(r.json).slice(0, 300)}`);
  return r.json;
}
const cents = (s) => Math.round(Number(s) * 100);

async function main() {
  if (!existsSync(path.join(root, dist, "BUILD_ID"))) throw new Error(`no build in ${dist}: run npx next build first`);
  if (kind === "postgresql") {
    await ensureDatabase(DATABASE_URL);
    await migrate(DATABASE_URL);
  } else {
    const r = spawnSync("npx", ["prisma", "migrate", "deploy", "--schema", "prisma/schema.prisma"], {
      cwd: root,
      env: { ...process.env, DATABASE_URL },
      stdio: "ignore",
    });
    if (r.status !== 0) throw new Error("migrate failed");
  }
  if (
    spawnSync("npm", ["run", "--silent", "db:seed"], { cwd: root, env: { ...process.env, DATABASE_URL }, stdio: "ignore" }).status !== 0
  ) {
    throw new Error("seed failed");
  }
  const bases = [];
  for (let i = 0; i < n; i++) {
    const port = basePort + i;
    children.push(
      spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port)], {
        cwd: root,
        detached: true,
        stdio: ["ignore", "ignore", "inherit"],
        env: {
          ...process.env,
          DATABASE_URL,
          NEXT_DIST_DIR: dist,
          NEXTAUTH_URL: `http://localhost:${port}`,
          NEXTAUTH_SECRET: `bench-${id}`,
          NEXT_TELEMETRY_DISABLED: "1",
        },
      }),
    );
    bases.push(`http://localhost:${port}`);
  }
  for (const base of bases) {
    const until = Date.now() + 120_000;
    for (;;) {
      try {
        if ((await fetch(`${base}/login`)).ok) break;
      } catch {
        // not yet
      }
      if (Date.now() > until) throw new Error(`${base} did not start`);
      await new Promise((r) => setTimeout(r, 300));
    }
  }
  const { token } = await must(
    api(bases[0], null, "POST", "/tokens", { email: "global.admin@sandbox.test", password: "Sandbox-2018!" }),
    201,
    "token",
  );
  // BENCH_TENANTS tenants (default 1), client i calls tenant i mod N: one tenant's writes take turns on its lock,
  // so one tenant measures the lock; several tenants (classes) measure what more instances add.
  const setups = [];
  for (let k = 0; k < tenantsCount; k++) {
    const base = bases[k % bases.length];
    const tenant = await must(
      api(base, token, "POST", "/tenants", { name: `Bench ${k}`, country: "US", plan: "ENTERPRISEPACK", seats: 10 }),
      201,
      "tenant",
    );
    const t = `/tenants/${tenant.id}`;
    await must(api(base, token, "POST", `${t}/purchases`, { sku: "MCOMEETADV", quantity: 5 }), 201, "AC");
    const user = await must(
      api(base, token, "POST", `${t}/users`, { displayName: "Bench", userPrincipalName: "b@bench.test", usageLocation: "US" }),
      201,
      "user",
    );
    await must(
      api(base, token, "POST", `${t}/users/${user.id}/assignLicense`, {
        addLicenses: [{ sku: "ENTERPRISEPACK" }, { sku: "MCOMEETADV" }],
        removeLicenses: [],
      }),
      200,
      "lic",
    );
    await must(
      api(base, token, "POST", `${t}/purchases`, {
        sku: "MCOPSTNC",
        amount: "1000.00",
        autoRecharge: { enabled: true, threshold: "500.00", amount: "200.00" },
      }),
      201,
      "credits",
    );
    setups.push({ t, userId: user.id, ok: 0 });
  }
  // Warm every instance up.
  for (const base of bases) {
    await must(
      api(base, token, "POST", `${setups[0].t}/credits/usage`, { userId: setups[0].userId, type: "tollFreeDialIn", minutes: 10 }),
      201,
      "warm-up",
    );
    setups[0].ok++;
  }
  let ok = 0;
  let failed = 0;
  const lat = [];
  const started = performance.now();
  const deadline = started + seconds * 1000;
  let next = 0;
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      const s = setups[c % setups.length];
      while (performance.now() < deadline) {
        const base = bases[next++ % bases.length];
        const t0 = performance.now();
        const r = await api(base, token, "POST", `${s.t}/credits/usage`, { userId: s.userId, type: "tollFreeDialIn", minutes: 10 });
        lat.push(performance.now() - t0);
        if (r.status === 201) {
          ok++;
          s.ok++;
        } else failed++;
      }
    }),
  );
  const took = (performance.now() - started) / 1000;
  let consistent = true;
  for (const s of setups) {
    const credits = await must(api(bases[0], token, "GET", `${s.t}/credits?limit=100000`), 200, "credits");
    const ledger = [...credits.ledger].sort((x, y) => x.seq - y.seq);
    let running = 0;
    let broken = 0;
    for (const e of ledger) {
      running += cents(e.amount);
      if (cents(e.balanceAfter) !== running) broken++;
    }
    const usage = ledger.filter((e) => e.type === "usage").length;
    if (!(broken === 0 && running === cents(credits.balance) && usage === s.ok)) consistent = false;
  }
  lat.sort((x, y) => x - y);
  const pct = (p) => lat[Math.min(lat.length - 1, Math.floor((p / 100) * lat.length))]?.toFixed(0);
  console.log(
    `${kind}, ${n} instance(s), ${clients} clients on ${tenantsCount} tenant(s), load average ${os.loadavg()[0].toFixed(1)}: ${(ok / took).toFixed(1)} calls/s ` +
      `(${ok} in ${took.toFixed(1)} s, ${failed} failed), p50 ${pct(50)} ms, p95 ${pct(95)} ms; ledger ${consistent ? "consistent" : "INCONSISTENT"}`,
  );
  if (!consistent) process.exitCode = 1;
}

try {
  await main();
} catch (e) {
  console.error(e);
  process.exitCode = 1;
} finally {
  stopAll();
  await new Promise((r) => setTimeout(r, 500));
  if (kind === "postgresql") {
    const c = new pg.Client({ connectionString: server });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS "sbx_bench_${id}" WITH (FORCE)`).catch(() => undefined);
    await c.end();
  } else {
    for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${sqliteFile}${suffix}`, { force: true });
  }
}
