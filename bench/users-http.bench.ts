/**
 * Users and license assignment at scale over real HTTP: a tenant with 10,000 seats of E3, 10,000 users imported
 * through POST /users/import, then ONE POST /licenses/bulk assigning E3 to all of them, then Active users pages
 * through GET /api/v1/tenants/{id}/users and the console page /tenants/{id}/users (signed in with a next-auth
 * session). Prints each figure with its target; nothing here is a timed test.
 * Targets: the bulk request < 2 s; a page < 200 ms at the server (measured here at the client on localhost,
 * so each figure also includes the HTTP round trip and JSON/HTML transfer: an upper bound of the server's time).
 *
 * Starts its own server with scripts/e2e-server.sh (fresh seeded database) on BENCH_PORT (3610) from the
 * build in BENCH_DIST_DIR (.next-bench; built first if missing), and stops it (its process group) at the end.
 * Run:
 *   npx tsx --conditions=react-server bench/users-http.bench.ts
 */
import { performance } from "node:perf_hooks";
import { benchServer } from "./support/server";

const server = benchServer({ port: 3610, dist: ".next-bench" });
const BASE = server.base;
const { api, must } = server;
const USERS = 10_000;
const PAGE_RUNS = 5;
const EMAIL = "global.admin@sandbox.test";
const PASSWORD = "Sandbox-2018!";

function report(label: string, ms: number, target?: number, extra = "") {
  const verdict = target === undefined ? "" : `  (target < ${target} ms${ms < target ? ", ok" : ", OVER"})`;
  console.log(`${label.padEnd(72)} ${ms.toFixed(1).padStart(8)} ms${verdict}${extra}`);
}

/** `name=value` pairs of every Set-Cookie header, merged into `jar`. */
function keepCookies(res: Response, jar: Map<string, string>) {
  for (const line of res.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const eq = pair.indexOf("=");
    jar.set(pair.slice(0, eq).trim(), pair.slice(eq + 1));
  }
}
const cookieHeader = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");

/** Signs in through next-auth's credentials callback and returns the Cookie header of the session. */
async function sessionCookie(): Promise<string> {
  const jar = new Map<string, string>();
  const csrfRes = await fetch(`${BASE}/api/auth/csrf`);
  keepCookies(csrfRes, jar);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookieHeader(jar) },
    body: new URLSearchParams({ csrfToken, email: EMAIL, password: PASSWORD, json: "true", callbackUrl: `${BASE}/tenants` }),
  });
  keepCookies(res, jar);
  if (![...jar.keys()].some((k) => k.endsWith("next-auth.session-token"))) {
    throw new Error(`sign-in failed: HTTP ${res.status}, cookies ${[...jar.keys()].join(", ")}`);
  }
  return cookieHeader(jar);
}

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; out: T }> {
  const t0 = performance.now();
  const out = await fn();
  return { ms: performance.now() - t0, out };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const stop = () => server.stop();
  process.on("exit", stop);
  process.on("SIGINT", () => process.exit(130));
  try {
    await server.start();
    const token = await server.signIn(EMAIL, PASSWORD);
    const tenant = await must(
      api(token, "POST", "/tenants", { name: "Users bench 10k", country: "US", plan: "ENTERPRISEPACK", seats: USERS }),
      201,
      "tenant",
    );
    const t = `/tenants/${tenant.id as string}`;

    // Import 10,000 users (JSON rows), timed for information.
    const rows = Array.from({ length: USERS }, (_, i) => ({
      displayName: `User ${String(i).padStart(5, "0")} ${["Adams", "Baker", "Clark", "Davis", "Evans"][i % 5]}`,
      userPrincipalName: `user${i}@bench.test`,
      usageLocation: "US",
    }));
    const imp = await timed(() => must(api(token, "POST", `${t}/users/import`, { rows }), 201, "import"));
    if (imp.out.imported !== USERS) throw new Error(`imported ${String(imp.out.imported)}`);
    report(`POST /users/import: ${USERS} users (JSON rows)`, imp.ms);

    // Collect the ids (not timed): 50 pages of 200.
    const ids: string[] = [];
    for (let page = 1; ids.length < USERS; page++) {
      const p = await must(api(token, "GET", `${t}/users?pageSize=200&page=${page}`), 200, "ids");
      const users = p.users as { id: string }[];
      if (users.length === 0) break;
      ids.push(...users.map((u) => u.id));
    }
    if (ids.length !== USERS) throw new Error(`found ${ids.length} users`);

    // ONE bulk request: E3 to all 10,000, all or nothing.
    const bulk = await timed(() =>
      must(api(token, "POST", `${t}/licenses/bulk`, { userIds: ids, addLicenses: [{ sku: "ENTERPRISEPACK" }] }), 200, "bulk"),
    );
    if (bulk.out.applied !== true) throw new Error(`bulk not applied: ${JSON.stringify(bulk.out).slice(0, 500)}`);
    report(`POST /licenses/bulk: ENTERPRISEPACK to ${ids.length} users (one request)`, bulk.ms, 2000);
    const state = await must(api(token, "GET", t), 200, "state");
    const e3 = (state.subscriptions as { sku: string; assigned: number }[]).find((s) => s.sku === "ENTERPRISEPACK");
    if (e3?.assigned !== USERS) throw new Error(`E3 assigned: ${e3?.assigned}`);

    // API pages: warm once, then PAGE_RUNS runs each; the median and the worst are printed.
    const cases: [string, string][] = [
      ["page 1, by display name", "page=1"],
      ["page 100, by display name", "page=100"],
      ["page 200 (last), by username descending", "page=200&sort=-userPrincipalName"],
      ["page 50, by usage location", "page=50&sort=usageLocation"],
      ["page 1, by created, descending", "page=1&sort=-createdAt"],
      ["search 'Davis', page 3", "search=Davis&page=3"],
      ["search 'user9999', page 1", "search=user9999&page=1"],
      ["holders of ENTERPRISEPACK, page 3", "license=ENTERPRISEPACK&page=3"],
    ];
    await must(api(token, "GET", `${t}/users?page=1`), 200, "warm-up");
    for (const [label, qs] of cases) {
      const times: number[] = [];
      for (let run = 0; run < PAGE_RUNS; run++) {
        const r = await timed(() => must(api(token, "GET", `${t}/users?${qs}`), 200, label));
        if ((r.out.users as unknown[]).length === 0) throw new Error(`${label}: empty page`);
        times.push(r.ms);
      }
      report(`GET /api/v1/.../users: ${label}`, median(times), 200, `  worst ${Math.max(...times).toFixed(1)} ms`);
    }

    // The console page, signed in with a next-auth session cookie (server-rendered HTML).
    const cookie = await sessionCookie();
    const consolePages: [string, string][] = [
      ["page 1", ""],
      ["page 100", "?page=100"],
      ["page 200, by username descending", "?page=200&sort=-userPrincipalName"],
      ["search 'Davis'", "?search=Davis"],
    ];
    const get = (qs: string) => fetch(`${BASE}${t}/users${qs}`, { headers: { Cookie: cookie }, redirect: "manual" });
    const warm = await get("");
    if (warm.status !== 200) throw new Error(`console page: HTTP ${warm.status} (not signed in?)`);
    await warm.text();
    for (const [label, qs] of consolePages) {
      const times: number[] = [];
      for (let run = 0; run < PAGE_RUNS; run++) {
        const r = await timed(async () => {
          const res = await get(qs);
          const html = await res.text();
          if (res.status !== 200 || !html.includes("Active users")) throw new Error(`${label}: HTTP ${res.status}`);
          return html.length;
        });
        times.push(r.ms);
      }
      report(`GET /tenants/{id}/users (console): ${label}`, median(times), 200, `  worst ${Math.max(...times).toFixed(1)} ms`);
    }
  } finally {
    stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
