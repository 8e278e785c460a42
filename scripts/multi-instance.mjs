#!/usr/bin/env node
// Two `next start` instances on ONE PostgreSQL database keep every money invariant (issue 16).
//
// 1. A fresh database (migrated with scripts/pg-migrate.mjs, seeded), two instances on two ports, one secret.
// 2. A token made on instance A works on instance B (tokens live in the database, not in a process).
//    Shared state beyond money: failed sign-ins split across A and B are counted together, so the sign-in throttle
//    trips at the same total as on one instance (the limit read from lib/data/throttle.ts); a console session
//    signed out on A is refused on B; a trainee's progress made through A is on the class board read through B.
// 3. 50 concurrent credit-funded calls and 40 fundings with ONE Idempotency-Key, alternating between A and B, all
//    at once; then the ledger: running sums, last balanceAfter = balance, one usage entry per answered call,
//    exactly one auto-recharge right after each threshold crossing and none elsewhere, one funding for the key
//    (every answer the same entry, 39 replayed), balance = what the entries add up to.
// 4. kill -9 of instance B in the middle of a second load: A answers every one of its calls, and the ledger is
//    still exact (a transaction B had open is rolled back by PostgreSQL when its connection drops).
//
// Usage: node scripts/multi-instance.mjs [--report reports/multi-instance.json]
// Needs a build (NEXT_DIST_DIR, default .next: `npx next build`) and a PostgreSQL server at TEST_POSTGRES_URL
// (default postgresql://postgres@127.0.0.1:5432/postgres). Ports: MULTI_PORT and MULTI_PORT+1 (default 3710).
import { spawn, spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { ensureDatabase, migrate } from "./pg-migrate.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const server = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const dist = process.env.NEXT_DIST_DIR ?? ".next";
const basePort = Number(process.env.MULTI_PORT ?? 3710);
const reportIdx = process.argv.indexOf("--report");
const reportPath = reportIdx > 0 ? process.argv[reportIdx + 1] : null;

const dbName = `sbx_multi_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
const dbUrlObj = new URL(server);
dbUrlObj.pathname = `/${dbName}`;
const DATABASE_URL = dbUrlObj.toString();
const secret = `multi-instance-${randomUUID()}`;

const checks = [];
function check(name, ok, detail) {
  checks.push({ name, ok: !!ok, detail });
  console.log(
    `${ok ? "ok  " : "FAIL"} ${name}${detail !== undefined ? `  (${typeof detail === "string" ? detail : JSON.stringify(detail)})` : ""}`,
  );
}

const instances = [];
function startInstance(port) {
  const child = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port)], {
    cwd: root,
    detached: true, // its own process group: we kill exactly it (and next-server under it)
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      DATABASE_URL,
      NEXT_DIST_DIR: dist,
      NEXTAUTH_URL: `http://localhost:${port}`,
      NEXTAUTH_SECRET: secret,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  const inst = { port, base: `http://localhost:${port}`, child, alive: true };
  instances.push(inst);
  return inst;
}
function kill(inst, signal) {
  try {
    process.kill(-inst.child.pid, signal);
  } catch {
    // already gone
  }
  inst.alive = false;
}
async function waitUp(inst) {
  const until = Date.now() + 120_000;
  while (Date.now() < until) {
    try {
      if ((await fetch(`${inst.base}/login`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`instance on ${inst.base} did not start`);
}

async function api(inst, token, method, p, body, headers = {}) {
  const res = await fetch(`${inst.base}/api/v1${p}`, {
    method,
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), "Content-Type": "application/json", ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let json = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = { raw: text.slice(0, 200) };
  }
  return { status: res.status, json, headers: res.headers };
}
async function must(p, status, what) {
  const r = await p;
  if (r.status !== status) throw new Error(`${what}: HTTP ${r.status} ${JSON.stringify(r.json).slice(0, 400)}`);
  return r.json;
}
const cents = (s) => Math.round(Number(s) * 100);

const THRESHOLD = 5000;
const RECHARGE = 5000;
const CALL = { type: "tollFreeDialIn", minutes: 100 }; // $0.03 a minute: $3.00 a call

/** The strict sign-in limit (failures of one email from one client) as lib/data/throttle.ts declares it. */
function strictSignInLimit() {
  const source = readFileSync(path.join(root, "lib/data/throttle.ts"), "utf8");
  const m = source.match(/emailIp:\s*\{\s*points:\s*(\d+)/);
  if (!m) throw new Error("lib/data/throttle.ts: no emailIp points found (update scripts/multi-instance.mjs)");
  return Number(m[1]);
}

/** Wrong passwords for `email` on the instances in turn; the 1-based attempt that was first refused with 429. */
async function attemptsUntilThrottled(insts, email, max) {
  for (let i = 1; i <= max; i++) {
    const r = await api(insts[(i - 1) % insts.length], null, "POST", "/tokens", { email, password: `wrong-guess-${i}` });
    if (r.status === 429) return i;
    if (r.status !== 401) throw new Error(`wrong password ${i}: HTTP ${r.status} ${JSON.stringify(r.json).slice(0, 200)}`);
  }
  return null;
}

/** The cookies a response sets, merged into `jar` (name -> value). */
function keepCookies(jar, res) {
  for (const c of res.headers.getSetCookie()) {
    const [pair] = c.split(";");
    const eq = pair.indexOf("=");
    jar.set(pair.slice(0, eq), pair.slice(eq + 1));
  }
}
const cookieHeader = (jar) => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");

/** A console sign-in through next-auth on `inst`: the cookie jar holding its session cookie. */
async function consoleSignIn(inst, email, password) {
  const jar = new Map();
  const csrfRes = await fetch(`${inst.base}/api/auth/csrf`);
  keepCookies(jar, csrfRes);
  const { csrfToken } = await csrfRes.json();
  const res = await fetch(`${inst.base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookieHeader(jar) },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  keepCookies(jar, res);
  if (![...jar.keys()].some((k) => k.includes("session-token"))) throw new Error(`console sign-in on ${inst.base}: HTTP ${res.status}`);
  return jar;
}
async function consoleSignOut(inst, jar) {
  const csrfRes = await fetch(`${inst.base}/api/auth/csrf`, { headers: { Cookie: cookieHeader(jar) } });
  keepCookies(jar, csrfRes);
  const { csrfToken } = await csrfRes.json();
  await fetch(`${inst.base}/api/auth/signout`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookieHeader(jar) },
    body: new URLSearchParams({ csrfToken, json: "true" }),
  });
}
const withCookie = (inst, cookie, p) => fetch(`${inst.base}/api/v1${p}`, { headers: { Cookie: cookie } }).then((r) => r.status);

/** Sign-in throttle, console session revocation and the class board, across the two instances. */
async function checkSharedState(a, b, token) {
  const password = "multi-instance-pw-1";
  const newAccount = async (label, instanceRole) => {
    const email = `${label}-${randomUUID().slice(0, 8)}@multi.test`;
    await must(api(a, token, "POST", "/accounts", { email, name: label, password, ...(instanceRole ? { instanceRole } : {}) }), 201, label);
    return email;
  };

  // The throttle: the same number of failures trips it whether they reach one instance or alternate between two
  // (with counters in process memory, each of two instances would see only half of them).
  const limit = strictSignInLimit();
  const oneEmail = await newAccount("throttled-one");
  const bothEmail = await newAccount("throttled-both");
  const onOne = await attemptsUntilThrottled([a], oneEmail, limit + 2);
  const onBoth = await attemptsUntilThrottled([a, b], bothEmail, limit + 2);
  check(
    "failed sign-ins split over A and B are counted together: the throttle trips at the same total as on one instance",
    onOne === limit && onBoth === limit,
    {
      limit,
      onOneInstance: onOne,
      alternating: onBoth,
    },
  );
  // The throttle is read by the instance that didn't record the last failure: even the right password waits there.
  const lastOn = (limit - 1) % 2 === 0 ? a : b;
  const other = lastOn === a ? b : a;
  const right = await api(other, null, "POST", "/tokens", { email: bothEmail, password });
  check("the throttled sign-in is refused (429) on the other instance too, right password included", right.status === 429, {
    status: right.status,
  });

  // A console session: signed in on A, used on B, signed out on A, then refused on B.
  const sessionEmail = await newAccount("session");
  const jar = await consoleSignIn(a, sessionEmail, password);
  const sessionCookie = [...jar]
    .filter(([k]) => k.includes("session-token"))
    .map(([k, v]) => `${k}=${v}`)
    .join("; ");
  const beforeB = await withCookie(b, sessionCookie, "/tokens");
  await consoleSignOut(a, jar);
  const afterB = await withCookie(b, sessionCookie, "/tokens");
  const afterA = await withCookie(a, sessionCookie, "/tokens");
  check(
    "a console session signed out on A is refused on B (401), having worked there before",
    beforeB === 200 && afterB === 401 && afterA === 401,
    {
      beforeOnB: beforeB,
      afterOnB: afterB,
      afterOnA: afterA,
    },
  );

  // The class board: the trainee meets a goal through A, the trainer's board (the endpoint the page polls) read
  // through B shows it.
  const trainerEmail = await newAccount("trainer", "trainer");
  const trainer = (await must(api(b, null, "POST", "/tokens", { email: trainerEmail, password }), 201, "trainer token")).token;
  const cls = await must(
    api(b, trainer, "POST", "/classes", {
      name: "Multi",
      scenarioId: "builtin-bp-godaddy",
      trainees: [`trainee-${randomUUID().slice(0, 8)}@multi.test`],
    }),
    201,
    "class",
  );
  const [seat] = cls.seats;
  const boardBefore = await must(api(b, trainer, "GET", `/classes/${cls.id}/progress`), 200, "board before");
  const trainee = (await must(api(a, null, "POST", "/tokens", { email: seat.email, password: seat.password }), 201, "trainee token")).token;
  await must(api(a, trainee, "POST", `/tenants/${seat.tenantId}/switch-plan`, { to: "ENTERPRISEPACK" }), 200, "trainee's plan switch");
  const boardAfter = await must(api(b, trainer, "GET", `/classes/${cls.id}/progress`), 200, "board after");
  const metOf = (board) => board.seats.find((s) => s.email === seat.email)?.met ?? null;
  check(
    "a goal a trainee meets through A is on the class board read through B",
    !metOf(boardBefore)?.includes("plan-e3") && metOf(boardAfter)?.includes("plan-e3"),
    {
      before: metOf(boardBefore),
      after: metOf(boardAfter),
    },
  );
}

/** The ledger checks; returns the oldest-first ledger. */
async function checkLedger(inst, token, t, label, { answeredCalls, inFlightOnKilled = 0, fundingsExpected }) {
  const credits = await must(api(inst, token, "GET", `${t}/credits?limit=100000`), 200, "credits");
  const ledger = [...credits.ledger].sort((a, b) => a.seq - b.seq);
  let running = 0;
  let broken = 0;
  let seqGaps = 0;
  ledger.forEach((e, i) => {
    running += cents(e.amount);
    if (cents(e.balanceAfter) !== running) broken += 1;
    if (e.seq !== i + 1) seqGaps += 1;
  });
  check(`${label}: every balanceAfter is the running sum, seq 1..n without gaps`, broken === 0 && seqGaps === 0, {
    entries: ledger.length,
    broken,
    seqGaps,
  });
  check(`${label}: the balance is the last running sum`, cents(credits.balance) === running, {
    balance: credits.balance,
    running: running / 100,
  });
  // One recharge per crossing: a charge from >= threshold to < threshold is followed at once by a recharge, and
  // every recharge follows such a crossing.
  let crossings = 0;
  let badRecharges = 0;
  let missed = 0;
  ledger.forEach((e, i) => {
    const before = cents(e.balanceAfter) - cents(e.amount);
    if (e.type === "usage" && before >= THRESHOLD && cents(e.balanceAfter) < THRESHOLD) {
      crossings += 1;
      if (ledger[i + 1]?.type !== "autoRecharge") missed += 1;
    }
    if (e.type === "autoRecharge") {
      const prev = ledger[i - 1];
      const prevBefore = prev ? cents(prev.balanceAfter) - cents(prev.amount) : 0;
      if (!(prev?.type === "usage" && prevBefore >= THRESHOLD && cents(prev.balanceAfter) < THRESHOLD) || cents(e.amount) !== RECHARGE)
        badRecharges += 1;
    }
  });
  const recharges = ledger.filter((e) => e.type === "autoRecharge").length;
  check(
    `${label}: one auto-recharge per threshold crossing`,
    crossings > 0 && recharges === crossings && badRecharges === 0 && missed === 0,
    {
      crossings,
      recharges,
      badRecharges,
      missed,
    },
  );
  const usage = ledger.filter((e) => e.type === "usage").length;
  check(`${label}: one usage entry per answered call`, usage >= answeredCalls && usage <= answeredCalls + inFlightOnKilled, {
    usage,
    answeredCalls,
    inFlightOnKilled,
  });
  const fundings = ledger.filter((e) => e.type === "funding").length;
  check(`${label}: fundings`, fundings === fundingsExpected, { fundings, fundingsExpected });
  return ledger;
}

async function main() {
  if (!existsSync(path.join(root, dist, "BUILD_ID"))) throw new Error(`no build in ${dist}: run npx next build first`);
  await ensureDatabase(DATABASE_URL);
  await migrate(DATABASE_URL);
  const seeded = spawnSync("npm", ["run", "--silent", "db:seed"], { cwd: root, env: { ...process.env, DATABASE_URL }, stdio: "ignore" });
  if (seeded.status !== 0) throw new Error("seed failed");

  const a = startInstance(basePort);
  const b = startInstance(basePort + 1);
  await Promise.all([waitUp(a), waitUp(b)]);
  console.log(`two instances on ${a.base} and ${b.base}, database ${dbName}`);

  const { token } = await must(
    api(a, null, "POST", "/tokens", { email: "global.admin@sandbox.test", password: "Sandbox-2018!" }),
    201,
    "token on A",
  );
  const tenants = await api(b, token, "GET", "/tenants");
  check("a token made on instance A works on instance B", tenants.status === 200);
  await checkSharedState(a, b, token);

  // A tenant with a caller who can make toll-free dial-in calls, and credits with auto-recharge.
  const tenant = await must(
    api(a, token, "POST", "/tenants", { name: "Multi-instance", country: "US", plan: "ENTERPRISEPACK", seats: 10 }),
    201,
    "tenant",
  );
  const t = `/tenants/${tenant.id}`;
  await must(api(b, token, "POST", `${t}/purchases`, { sku: "MCOMEETADV", quantity: 5 }), 201, "Audio Conferencing");
  const user = await must(
    api(a, token, "POST", `${t}/users`, { displayName: "Organizer", userPrincipalName: "organizer@multi.test", usageLocation: "US" }),
    201,
    "user",
  );
  await must(
    api(b, token, "POST", `${t}/users/${user.id}/assignLicense`, {
      addLicenses: [{ sku: "ENTERPRISEPACK" }, { sku: "MCOMEETADV" }],
      removeLicenses: [],
    }),
    200,
    "licenses",
  );
  await must(
    api(a, token, "POST", `${t}/purchases`, {
      sku: "MCOPSTNC",
      amount: "100.00",
      autoRecharge: { enabled: true, threshold: "50.00", amount: "50.00" },
    }),
    201,
    "credits",
  );

  // Phase 1: 50 calls and 40 same-key fundings at once, alternating between the instances.
  const key = `multi-${randomUUID()}`;
  const both = [a, b];
  const calls = Array.from({ length: 50 }, (_, i) => api(both[i % 2], token, "POST", `${t}/credits/usage`, { userId: user.id, ...CALL }));
  const fundings = Array.from({ length: 40 }, (_, i) =>
    api(both[(i + 1) % 2], token, "POST", `${t}/credits/funds`, { amount: "25.00" }, { "Idempotency-Key": key }),
  );
  const [callResults, fundingResults] = await Promise.all([Promise.all(calls), Promise.all(fundings)]);
  const answered = callResults.filter((r) => r.status === 201).length;
  check("50 concurrent calls over two instances: all answered 201", answered === 50, {
    statuses: [...new Set(callResults.map((r) => r.status))],
    sample: callResults.find((r) => r.status !== 201)?.json,
  });
  const entryIds = new Set(fundingResults.filter((r) => r.status === 201).map((r) => r.json.id));
  const replayed = fundingResults.filter((r) => r.headers.get("idempotent-replayed") === "true").length;
  check(
    "40 same-key fundings over two instances: all 201 with one entry, 39 replayed",
    fundingResults.every((r) => r.status === 201) && entryIds.size === 1 && replayed === 39,
    {
      statuses: [...new Set(fundingResults.map((r) => r.status))],
      entries: entryIds.size,
      replayed,
    },
  );
  // The sign-up purchase funded once, the key once.
  await checkLedger(a, token, t, "after the concurrent load", { answeredCalls: answered, fundingsExpected: 2 });

  // Phase 2: kill -9 instance B in the middle of 60 more calls (alternating); A must carry on.
  let onB = 0;
  let bFailed = 0;
  let aAnswered = 0;
  let aFailed = 0;
  let bAnswered = 0;
  const load = Array.from({ length: 60 }, async (_, i) => {
    const inst = both[i % 2];
    await new Promise((r) => setTimeout(r, i * 40)); // spread over ~2.4 s
    if (inst === b) onB += 1;
    try {
      const r = await api(inst, token, "POST", `${t}/credits/usage`, { userId: user.id, ...CALL });
      if (inst === a) r.status === 201 ? aAnswered++ : aFailed++;
      else r.status === 201 ? bAnswered++ : bFailed++;
    } catch {
      if (inst === a) aFailed++;
      else bFailed++;
    }
  });
  // Kill B once it has answered a few calls of this load (or after 3 s), while others are on their way to it.
  const killer = (async () => {
    const until = Date.now() + 3000;
    while (bAnswered < 5 && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
    kill(b, "SIGKILL");
  })();
  await Promise.all([...load, killer]);
  check("kill -9 of instance B mid-load: B answered some calls, then stopped answering", bAnswered > 0 && bFailed > 0, {
    onB,
    bAnswered,
    bFailed,
  });
  check("instance A answered every one of its 30 calls", aAnswered === 30 && aFailed === 0, { aAnswered, aFailed });
  const after = await api(a, token, "POST", `${t}/credits/usage`, { userId: user.id, ...CALL });
  check("instance A still takes calls afterwards", after.status === 201);
  await checkLedger(a, token, t, "after the kill", {
    answeredCalls: answered + aAnswered + bAnswered + 1,
    inFlightOnKilled: bFailed,
    fundingsExpected: 2,
  });
}

let crashed = null;
try {
  await main();
} catch (e) {
  crashed = e;
  check("the run completed", false, String(e?.message ?? e));
} finally {
  for (const inst of instances) kill(inst, "SIGKILL");
  await new Promise((r) => setTimeout(r, 500));
  try {
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
    await admin.end();
  } catch {
    // best effort
  }
}
const passed = checks.filter((c) => c.ok).length;
const failed = checks.length - passed;
console.log(`multi-instance: ${passed} passed, ${failed} failed`);
if (reportPath) {
  mkdirSync(path.dirname(path.resolve(root, reportPath)), { recursive: true });
  writeFileSync(path.resolve(root, reportPath), JSON.stringify({ passed, failed, checks }, null, 2));
}
if (crashed) console.error(crashed);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
