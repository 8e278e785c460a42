/**
 * Simulated calls per second through the HTTP API: 8 concurrent clients post toll-free calls to one tenant
 * for a fixed time against a real `next start` server, then the ledger is checked for consistency (each
 * balanceAfter is the running sum, the last one is the balance, one usage entry per answered call, and the
 * recharges add up). Prints the figure; nothing here is a timed test.
 *
 * Starts its own server with scripts/e2e-server.sh (fresh seeded database) on BENCH_PORT (3600) from the
 * build in BENCH_DIST_DIR (.next-credits; built first if missing). Run:
 *   npx tsx --conditions=react-server bench/credits.bench.ts      (or npm run bench)
 */
import { parseUsd } from "@/lib/domain/money";
import { performance } from "node:perf_hooks";
import { benchServer } from "./support/server";

const CLIENTS = 8;
const DURATION_MS = Number(process.env.BENCH_SECONDS ?? 10) * 1000;
const server = benchServer({ port: 3600, dist: ".next-credits" });
const { api, must } = server;
const CALL_MINUTES = 10; // toll-free at $0.03/min: $0.30 a call

function cents(amount: string): number {
  const c = parseUsd(amount, { allowNegative: true });
  if (c === null) throw new Error(`not a dollar amount: ${amount}`);
  return c;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function main() {
  const stop = () => server.stop();
  process.on("exit", stop);
  try {
    await server.start();
    const token = await server.signIn();
    const { path: t, userId } = await server.callingTenant(token, "Credits bench", 10);
    const startCents = 100_000;
    const rechargeCents = 20_000;
    // callingTenant bought $1,000 of credits with auto-recharge of $200 below $500.

    // Warm up the route once, then measure.
    await must(api(token, "POST", `${t}/credits/usage`, { userId, type: "tollFreeDialIn", minutes: CALL_MINUTES }), 201, "warm-up call");
    let ok = 1;
    let failed = 0;
    let recharged = 0;
    const latencies: number[] = [];
    const started = performance.now();
    const deadline = started + DURATION_MS;
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        while (performance.now() < deadline) {
          const t0 = performance.now();
          const r = await api(token, "POST", `${t}/credits/usage`, { userId, type: "tollFreeDialIn", minutes: CALL_MINUTES });
          latencies.push(performance.now() - t0);
          if (r.status === 201) {
            ok += 1;
            if (r.json.autoRecharged) recharged += 1;
          } else failed += 1;
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const measured = ok - 1;

    // Consistency afterwards.
    const credits = await must(api(token, "GET", `${t}/credits?limit=10000`), 200, "credits");
    const ledger = [...(credits.ledger as { type: string; amount: string; balanceAfter: string }[])].reverse();
    let running = 0;
    let broken = 0;
    for (const e of ledger) {
      running += cents(e.amount);
      if (cents(e.balanceAfter) !== running) broken += 1;
    }
    const usage = ledger.filter((e) => e.type === "usage").length;
    const recharges = ledger.filter((e) => e.type === "autoRecharge").length;
    const expected = startCents + recharges * rechargeCents - usage * CALL_MINUTES * 3;
    const balance = cents(credits.balance as string);
    const consistent = broken === 0 && running === balance && usage === ok && recharges === recharged && balance === expected;

    latencies.sort((a, b) => a - b);
    console.log(`credits: ${CLIENTS} clients, ${seconds.toFixed(1)} s, ${measured} calls answered 201, ${failed} failed`);
    console.log(`credits: ${(measured / seconds).toFixed(1)} simulated calls/s through POST /credits/usage`);
    console.log(
      `credits: latency p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms, max ${latencies.at(-1)?.toFixed(1)} ms`,
    );
    console.log(
      `credits: ledger ${ledger.length} entries (${usage} usage, ${recharges} auto-recharges), balance $${credits.balance as string}: ${consistent ? "consistent" : "INCONSISTENT"}`,
    );
    if (!consistent) {
      console.log({ broken, running, balance, expected, usage, ok, recharges, recharged });
      process.exitCode = 1;
    }
  } finally {
    stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
