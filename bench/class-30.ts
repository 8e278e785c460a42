/**
 * A class of 30 on one instance (issue 11, "Quality"): a trainer creates a class of 30 from the GoDaddy scenario
 * over HTTP, then every trainee drives its own copy through the scenario at the same time (reads its tenant, offers
 * and goals, switches to E3, reads its goals again) while the trainer's board polls the progress endpoint every 2 s,
 * as the console's board does. Prints the class creation time, the board's time to show each met goal (from the
 * trainee's switch answering to the first poll that shows it met), and the API p95 during the run.
 *
 * Starts its own server (scripts/e2e-server.sh, fresh seeded database) on BENCH_PORT (3614) from BENCH_DIST_DIR
 * (.next-bench; built first if missing), and stops it at the end. Run:
 *   npx tsx --conditions=react-server bench/class-30.ts
 */
import { performance } from "node:perf_hooks";
import { benchServer } from "./support/server";

const server = benchServer({ port: 3614, dist: ".next-bench" });
const { api, must } = server;
const TRAINEES = Number(process.env.CLASS_SIZE ?? 30);
const POLL_MS = 2000;
const OWNER = { email: "global.admin@sandbox.test", password: "Sandbox-2018!" };

function pct(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

async function token(email: string, password: string): Promise<string> {
  const res = await fetch(`${server.base}/api/v1/tokens`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 201) throw new Error(`token for ${email}: HTTP ${res.status}`);
  return ((await res.json()) as { token: string }).token;
}

async function main() {
  await server.start();
  try {
    const owner = await token(OWNER.email, OWNER.password);
    const tag = Date.now().toString(36);
    const trainerEmail = `bench.trainer.${tag}@school.test`;
    await must(
      api(owner, "POST", "/accounts", {
        email: trainerEmail,
        name: "Bench Trainer",
        password: "bench-password-1",
        instanceRole: "trainer",
      }),
      201,
      "trainer",
    );
    const trainer = await token(trainerEmail, "bench-password-1");

    const emails = Array.from({ length: TRAINEES }, (_, i) => `t${String(i + 1).padStart(2, "0")}.${tag}@school.test`);
    const t0 = performance.now();
    const cls = (await must(
      api(trainer, "POST", "/classes", { name: `Bench ${tag}`, scenarioId: "builtin-bp-godaddy", trainees: emails }),
      201,
      "class",
    )) as unknown as { id: string; seats: { email: string; password: string; tenantId: string }[] };
    console.log(
      `create a class of ${TRAINEES} (sign-ins, ${TRAINEES} tenant copies)`.padEnd(60),
      `${(performance.now() - t0).toFixed(0).padStart(7)} ms`,
    );

    const tokens = await Promise.all(cls.seats.map((s) => token(s.email, s.password)));
    const latencies: number[] = [];
    const byOperation = new Map<string, number[]>();
    const timed = async (tok: string, method: string, path: string, body?: unknown) => {
      const s = performance.now();
      const r = await api(tok, method, path, body);
      const ms = performance.now() - s;
      latencies.push(ms);
      const op = `${method} ${path.replace(/\/tenants\/[^/]+/, "/tenants/{id}")}`;
      byOperation.set(op, [...(byOperation.get(op) ?? []), ms]);
      if (r.status >= 400) throw new Error(`${method} ${path}: HTTP ${r.status} ${JSON.stringify(r.json).slice(0, 300)}`);
      return r;
    };

    // The board: polls like the console does; records when each seat's "plan-e3" first shows met.
    const doneAt = new Map<string, number>();
    const seenAt = new Map<string, number>();
    const boardTimes: number[] = [];
    let polling = true;
    const board = (async () => {
      while (polling) {
        const s = performance.now();
        const r = await api(trainer, "GET", `/classes/${cls.id}/progress`);
        const now = performance.now();
        boardTimes.push(now - s);
        const seats = (r.json as unknown as { seats: { email: string; met: string[] }[] }).seats;
        for (const seat of seats) if (seat.met.includes("plan-e3") && !seenAt.has(seat.email)) seenAt.set(seat.email, now);
        if (seenAt.size === TRAINEES) break;
        await new Promise((res) => setTimeout(res, POLL_MS));
      }
    })();

    const run0 = performance.now();
    await Promise.all(
      cls.seats.map(async (seat, i) => {
        const tok = tokens[i];
        const id = seat.tenantId;
        // A little jitter, as people don't all click at once.
        await new Promise((res) => setTimeout(res, Math.random() * 3000));
        await timed(tok, "GET", `/tenants/${id}`);
        await timed(tok, "GET", `/tenants/${id}/offers`);
        await timed(tok, "GET", `/tenants/${id}/goals`);
        await timed(tok, "GET", `/tenants/${id}/switch-plan`);
        await timed(tok, "POST", `/tenants/${id}/switch-plan`, { to: "ENTERPRISEPACK" });
        doneAt.set(seat.email, performance.now());
        await timed(tok, "GET", `/tenants/${id}/offers`);
        await timed(tok, "GET", `/tenants/${id}/goals`);
      }),
    );
    const runMs = performance.now() - run0;
    const until = performance.now() + 30_000;
    while (seenAt.size < TRAINEES && performance.now() < until) await new Promise((res) => setTimeout(res, 200));
    polling = false;
    await board;

    const toBoard = [...doneAt].flatMap(([email, t]) => (seenAt.has(email) ? [seenAt.get(email)! - t] : []));
    const line = (label: string, ms: number, extra = "") => console.log(label.padEnd(60), `${ms.toFixed(0).padStart(7)} ms${extra}`);
    line(`${TRAINEES} trainees driving their copies concurrently (wall)`, runMs);
    line(`trainee API requests: p50 (${latencies.length} requests)`, pct(latencies, 50));
    line("trainee API requests: p95", pct(latencies, 95));
    line("trainee API requests: max", Math.max(...latencies));
    for (const [op, ms] of byOperation) line(`  ${op}: p50 / p95`, pct(ms, 50), ` / ${pct(ms, 95).toFixed(0)} ms`);
    line(`board poll (GET progress of ${TRAINEES} seats): p50 (${boardTimes.length} polls)`, pct(boardTimes, 50));
    line("board poll: p95", pct(boardTimes, 95));
    line(`board shows a met goal after the trainee's switch: p50 (${toBoard.length}/${TRAINEES})`, pct(toBoard, 50));
    line("board shows a met goal: max", Math.max(...toBoard), `  (poll every ${POLL_MS} ms)`);
  } finally {
    server.stop();
  }
}

main().catch((err) => {
  console.error(err);
  server.stop();
  process.exit(1);
});
