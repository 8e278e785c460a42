/**
 * The API at the speed of the machine (issue 15): 8 concurrent clients with API tokens against a real `next start`,
 * each operation for BENCH_SECONDS (6) in BENCH_ROUNDS (3) interleaved rounds, and every operation's throughput as a
 * RATIO to GET /catalog's in the same rounds (drift from a shared machine hits all operations alike).
 * Then ONE POST /licenses/bulk assigning a licence to 10,000 users, timed alone, one page of 50 of that tenant's
 * users, and the server's resident memory. Prints figures; nothing here is a timed test.
 *
 * Starts its own server (scripts/e2e-server.sh: fresh migrated + seeded database data/e2e-<port>.db) on BENCH_PORT
 * (3620) from BENCH_DIST_DIR (.next-bench; built first if missing). Run: npm run bench:api
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { benchServer } from "./support/server";

const CLIENTS = 8;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 6);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const USERS = 10_000;
const server = benchServer({ port: 3620, dist: ".next-bench" });
const BASE = server.base;
const { api, must } = server;

type Op = { name: string; run: (client: number) => Promise<number> };
type Figures = { name: string; n: number; failed: number; rps: number; p50: number; p95: number; p99: number; cpu: number };

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

interface Tally {
  name: string;
  latencies: number[];
  ok: number;
  failed: number;
  seconds: number;
  sample: string;
  /** Requests/s of each round. */
  rounds: number[];
  /** CPU time the server process spent during the measured phases (ms), when it could be read. */
  serverCpuMs: number;
}

function newTally(name: string): Tally {
  return { name, latencies: [], ok: 0, failed: 0, seconds: 0, sample: "", rounds: [], serverCpuMs: 0 };
}

/** One phase: CLIENTS clients run `op` back to back for `ms`; adds to the operation's tally. */
async function phase(op: Op, tally: Tally, ms: number): Promise<void> {
  const cpuBefore = serverCpuMs();
  const started = performance.now();
  const okBefore = tally.ok;
  const deadline = started + ms;
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        const status = await op.run(client);
        tally.latencies.push(performance.now() - t0);
        if (status >= 300) {
          tally.failed += 1;
          tally.sample ||= String(status);
        } else tally.ok += 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  tally.serverCpuMs += serverCpuMs() - cpuBefore;
  tally.seconds += seconds;
  tally.rounds.push((tally.ok - okBefore) / seconds);
}

/** Each round's ratio to the catalog's rate in the same round: their median, lowest and highest. */
function roundRatios(op: Tally, catalog: Tally): { median: number; min: number; max: number } {
  const ratios = op.rounds.map((rps, i) => rps / catalog.rounds[i]).sort((a, b) => a - b);
  return { median: ratios[Math.floor(ratios.length / 2)], min: ratios[0], max: ratios[ratios.length - 1] };
}

function figures(t: Tally): Figures {
  const sorted = [...t.latencies].sort((a, b) => a - b);
  if (t.failed) console.log(`  ${t.name}: ${t.failed} failed (e.g. HTTP ${t.sample})`);
  return {
    name: t.name,
    n: sorted.length,
    failed: t.failed,
    rps: t.ok / t.seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    cpu: t.ok + t.failed ? t.serverCpuMs / (t.ok + t.failed) : 0,
  };
}

/** The processes of the server's process group (bash -> npx -> next-server): one ps column and the command of each. */
function serverProcesses(column: "rss" | "pid"): { value: number; command: string }[] {
  if (!server.pid) return [];
  const out = execFileSync("ps", ["-o", `${column}=,args=`, "-g", String(server.pid)], { encoding: "utf8" });
  return out
    .trim()
    .split("\n")
    .map((l) => l.trim().split(/\s+/))
    .map(([value, ...args]) => ({ value: Number(value), command: args.join(" ") }));
}

/** Resident memory of each node process in the server's process group (kB -> MB), from ps. */
function serverRss(): string {
  if (!server.pid) return "unknown";
  return serverProcesses("rss")
    .filter((p) => /node|next/.test(p.command))
    .map((p) => `${(p.value / 1024).toFixed(0)} MB (${p.command.slice(0, 60)})`)
    .join("; ");
}

/** The next-server process of the server's process group, found once. */
let serverProcess: number | null | undefined;
function nextServerPid(): number | null {
  if (serverProcess === undefined && server.pid) {
    serverProcess = serverProcesses("pid").find((p) => /^next-server/.test(p.command))?.value ?? null;
  }
  return serverProcess ?? null;
}

/**
 * The server's CPU time so far (user + system, all its threads), in ms, from /proc. The client runs on the same
 * cores, so requests/s mixes both; CPU per request is the server's own cost, whatever the client costs.
 */
function serverCpuMs(): number {
  const pid = nextServerPid();
  if (!pid) return 0;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // After the command: state is field 3, utime 14 and stime 15 (1-based over the whole line).
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}
const TICKS_PER_SECOND = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;

async function status(method: string, path: string, token: string, body?: unknown): Promise<number> {
  const res = await fetch(`${BASE}/api/v1${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  await res.arrayBuffer();
  return res.status;
}

async function main() {
  const stop = () => server.stop();
  process.on("exit", stop);
  process.on("SIGINT", () => process.exit(130));
  try {
    await server.start();
    const token = await server.signIn();
    const { path: t, userId } = await server.callingTenant(token, "API bench", 25);

    // Purchases go to a tenant of their own: each adds a subscription, which would grow the other operations' reads.
    const shop = await must(
      api(token, "POST", "/tenants", { name: "API bench purchases", country: "US", plan: "ENTERPRISEPACK", seats: 25 }),
      201,
      "purchases tenant",
    );
    const catalog: Op = { name: "GET /catalog", run: () => status("GET", "/catalog", token) };
    const ops: Op[] = [
      { name: "GET /tenants/{id}", run: () => status("GET", t, token) },
      { name: "GET /tenants/{id}/offers", run: () => status("GET", `${t}/offers`, token) },
      {
        name: "POST credits/usage (a call)",
        run: () => status("POST", `${t}/credits/usage`, token, { userId, type: "tollFreeDialIn", minutes: 10 }),
      },
      {
        name: "POST purchases (one seat)",
        run: () => status("POST", `/tenants/${shop.id as string}/purchases`, token, { sku: "ENTERPRISEPACK", quantity: 1 }),
      },
    ];
    // BENCH_ONLY=call,purchase (words matched against the operation names) narrows the run, e.g. for a profile of
    // one operation; BENCH_BULK=0 skips the 10,000-user part.
    const only = (process.env.BENCH_ONLY ?? "").split(",").filter(Boolean);
    if (only.length) ops.splice(0, ops.length, ...ops.filter((op) => only.some((w) => op.name.includes(w))));
    // Warm every route (first-request compilation, module loading and the JIT are not what we measure): each
    // operation for BENCH_WARMUP_MS (3000) at full load, not counted. Without it the catalog's first round ran
    // slow and flattered every ratio of that round.
    const warmupMs = Number(process.env.BENCH_WARMUP_MS ?? 3000);
    for (const op of [catalog, ...ops]) {
      await op.run(0);
      await phase(op, newTally(op.name), warmupMs);
    }

    // Interleaved rounds (catalog, then each operation, ROUNDS times), so a change in the machine's load hits
    // every operation alike and the ratios stay comparable.
    const tallies = [catalog, ...ops].map((op) => ({
      op,
      tally: newTally(op.name),
    }));
    const loadBefore = readFileSync("/proc/loadavg", "utf8").trim();
    for (let round = 0; round < ROUNDS; round++) {
      for (const { op, tally } of tallies) await phase(op, tally, (SECONDS * 1000) / ROUNDS);
    }
    const [first, ...results] = tallies.map((t) => figures(t.tally));
    const catalogRps = first.rps;

    console.log(
      `\n${CLIENTS} clients, ${SECONDS} s per operation in ${ROUNDS} interleaved rounds; load average before ${loadBefore}, after ${readFileSync("/proc/loadavg", "utf8").trim()}`,
    );
    console.log(
      `${"operation".padEnd(30)} ${"req/s".padStart(7)} ${"p50".padStart(7)} ${"p95".padStart(7)} ${"p99".padStart(7)}  ratio  rounds: median (range)  server CPU/req  (n, failed)`,
    );
    for (const [i, f] of [first, ...results].entries()) {
      const r = roundRatios(tallies[i].tally, tallies[0].tally);
      const figures = `${f.rps.toFixed(1).padStart(7)} ${f.p50.toFixed(1).padStart(7)} ${f.p95.toFixed(1).padStart(7)} ${f.p99.toFixed(1).padStart(7)}`;
      const rounds = `${r.median.toFixed(2)} (${r.min.toFixed(2)}-${r.max.toFixed(2)})`;
      console.log(
        `${f.name.padEnd(30)} ${figures}  ${(f.rps / catalogRps).toFixed(2).padStart(5)}  ${rounds.padEnd(21)}  ${`${f.cpu.toFixed(2)} ms`.padStart(14)}  (${f.n}, ${f.failed})`,
      );
    }

    if (process.env.BENCH_BULK === "0") return;
    // 10,000 users: one tenant, import (not timed), then ONE bulk request timed alone.
    // A calling tenant (its organizer holds one E3 seat), so a call on a 10,000-user tenant can be timed too.
    const { path: b, userId: organizer } = await server.callingTenant(token, "API bench 10k", USERS + 1);
    const rows = Array.from({ length: USERS }, (_, i) => ({
      displayName: `User ${String(i).padStart(5, "0")}`,
      userPrincipalName: `user${i}@bench.test`,
      usageLocation: "US",
    }));
    await must(api(token, "POST", `${b}/users/import`, { rows }), 201, "import");
    const ids: string[] = [];
    for (let page = 1; ids.length < USERS; page++) {
      const p = await must(api(token, "GET", `${b}/users?pageSize=200&page=${page}`), 200, "ids");
      const users = p.users as { id: string }[];
      if (users.length === 0) break;
      ids.push(...users.filter((u) => u.id !== organizer).map((u) => u.id));
    }
    const t0 = performance.now();
    const bulk = await must(
      api(token, "POST", `${b}/licenses/bulk`, { userIds: ids, addLicenses: [{ sku: "ENTERPRISEPACK" }] }),
      200,
      "bulk",
    );
    const bulkMs = performance.now() - t0;
    if (bulk.applied !== true) throw new Error(`bulk not applied: ${JSON.stringify(bulk).slice(0, 300)}`);
    console.log(`POST /licenses/bulk, ${ids.length} users in one request: ${bulkMs.toFixed(0)} ms (target < 1000 ms)`);
    const pageTimes: number[] = [];
    for (let i = 0; i < 5; i++) {
      const p0 = performance.now();
      await must(api(token, "GET", `${b}/users?page=${40 + i}&pageSize=50`), 200, "page");
      pageTimes.push(performance.now() - p0);
    }
    for (let i = 0; i < 5; i++) {
      const p0 = performance.now();
      await must(api(token, "GET", `${b}/offers`), 200, "offers 10k");
      pageTimes.push(performance.now() - p0);
    }
    for (let i = 0; i < 5; i++) {
      const p0 = performance.now();
      await must(api(token, "POST", `${b}/credits/usage`, { userId: organizer, type: "tollFreeDialIn", minutes: 10 }), 201, "call 10k");
      pageTimes.push(performance.now() - p0);
    }
    const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)].toFixed(1);
    console.log(
      `GET users page of 50 (10,000-user tenant): median ${median(pageTimes.slice(0, 5))} ms; GET offers of that tenant: median ${median(pageTimes.slice(5, 10))} ms`,
    );
    console.log(`a credit-funded call on that tenant (its organizer): median ${median(pageTimes.slice(10))} ms`);
    console.log(`server RSS after the run: ${serverRss()} (target < 400 MB)`);
  } finally {
    stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
