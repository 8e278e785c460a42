/**
 * A real `next start` for an HTTP benchmark: its own port, build folder and freshly seeded database
 * (scripts/e2e-server.sh), in its own process group so the benchmark stops exactly what it started.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";

export interface BenchServer {
  base: string;
  /** The process group of the server (bash -> npx -> next), for measuring its memory. */
  readonly pid: number | undefined;
  /** Starts the server (building first if the build folder is empty) and waits until it answers. */
  start(): Promise<void>;
  stop(): void;
  api(token: string, method: string, path: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }>;
  must(p: Promise<{ status: number; json: Record<string, unknown> }>, status: number, what: string): Promise<Record<string, unknown>>;
  /** An API token for a seeded sign-in (the demo Global admin unless told otherwise). */
  signIn(email?: string, password?: string): Promise<string>;
  /**
   * An E3 tenant ready for credit-funded calls: Audio Conferencing, one organizer holding E3 and Audio
   * Conferencing, and Communications Credits bought with $1,000 and auto-recharge ($200 below $500).
   */
  callingTenant(token: string, name: string, seats: number): Promise<{ path: string; userId: string }>;
}

export function benchServer(defaults: { port: number; dist: string }): BenchServer {
  const port = Number(process.env.BENCH_PORT ?? defaults.port);
  const dist = process.env.BENCH_DIST_DIR ?? defaults.dist;
  const base = `http://localhost:${port}`;
  let child: ChildProcess | null = null;

  async function waitForServer(): Promise<void> {
    const until = Date.now() + 120_000;
    while (Date.now() < until) {
      try {
        if ((await fetch(`${base}/login`)).ok) return;
      } catch {
        // not up yet
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    throw new Error(`the server on ${base} did not start`);
  }

  return {
    base,
    get pid() {
      return child?.pid;
    },
    async start() {
      if (!existsSync(`${dist}/BUILD_ID`)) {
        console.log(`building into ${dist} ...`);
        // next build adds the build folder's types to tsconfig.json: put the committed file back afterwards.
        const tsconfig = readFileSync("tsconfig.json", "utf8");
        const built = spawnSync("npx", ["next", "build"], { env: { ...process.env, NEXT_DIST_DIR: dist }, stdio: "inherit" });
        writeFileSync("tsconfig.json", tsconfig);
        if (built.status !== 0) throw new Error("next build failed");
      }
      // BENCH_CPU_PROF_DIR: the same steps as scripts/e2e-server.sh, but next runs under `node --cpu-prof` (not allowed
      // in NODE_OPTIONS); the profile is written there when the server exits on SIGTERM.
      const profDir = process.env.BENCH_CPU_PROF_DIR;
      const args = profDir
        ? [
            "-c",
            `set -e; export DATABASE_URL=file:./data/e2e-${port}.db; mkdir -p data; rm -f data/e2e-${port}.db*;
             npx prisma migrate deploy >/dev/null; npm run --silent db:seed >/dev/null;
             exec node --cpu-prof --cpu-prof-dir=${JSON.stringify(profDir)} --max-old-space-size=\${SANDBOX_HEAP_MB:-256} node_modules/next/dist/bin/next start -p ${port}`,
          ]
        : ["scripts/e2e-server.sh"];
      child = spawn("bash", args, {
        detached: true,
        stdio: ["ignore", "ignore", "inherit"],
        env: {
          ...process.env,
          DATABASE_URL: undefined,
          PORT: String(port),
          NEXT_DIST_DIR: dist,
          NEXTAUTH_URL: base,
          NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "bench-only-secret-0123456789-abcdef",
          NEXT_TELEMETRY_DISABLED: "1",
        },
      });
      await waitForServer();
    },
    stop() {
      try {
        if (child?.pid) process.kill(-child.pid, "SIGTERM");
      } catch {
        // already gone
      }
    },
    async api(token, method, path, body) {
      const res = await fetch(`${base}/api/v1${path}`, {
        method,
        headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: res.status, json: (await res.json()) as Record<string, unknown> };
    },
    async must(p, status, what) {
      const r = await p;
      if (r.status !== status) throw new Error(`${what}: HTTP ${r.status} ${JSON.stringify(r.json).slice(0, 500)}`);
      return r.json;
    },
    async signIn(email = "global.admin@sandbox.test", password = "Sandbox-2018!") {
      const res = await fetch(`${base}/api/v1/tokens`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ email, password }),
      });
      return ((await res.json()) as { token: string }).token;
    },
    async callingTenant(token, name, seats) {
      const tenant = await this.must(
        this.api(token, "POST", "/tenants", { name, country: "US", plan: "ENTERPRISEPACK", seats }),
        201,
        "tenant",
      );
      const path = `/tenants/${tenant.id as string}`;
      await this.must(this.api(token, "POST", `${path}/purchases`, { sku: "MCOMEETADV", quantity: 5 }), 201, "Audio Conferencing");
      const user = await this.must(
        this.api(token, "POST", `${path}/users`, {
          displayName: "Bench Organizer",
          userPrincipalName: "organizer@bench.test",
          usageLocation: "US",
        }),
        201,
        "user",
      );
      await this.must(
        this.api(token, "POST", `${path}/users/${user.id as string}/assignLicense`, {
          addLicenses: [{ sku: "ENTERPRISEPACK" }, { sku: "MCOMEETADV" }],
          removeLicenses: [],
        }),
        200,
        "licenses",
      );
      await this.must(
        this.api(token, "POST", `${path}/purchases`, {
          sku: "MCOPSTNC",
          amount: "1000.00",
          autoRecharge: { enabled: true, threshold: "500.00", amount: "200.00" },
        }),
        201,
        "credits",
      );
      return { path, userId: user.id as string };
    },
  };
}
