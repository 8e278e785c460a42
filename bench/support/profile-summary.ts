/**
 * Summarises a V8 .cpuprofile (from `node --cpu-prof`) by module: self time (samples whose top frame is in the
 * module) and total time (samples with the module anywhere on the stack, counted once). Modules are npm packages
 * (`prisma`, `next`, `zod`, ...), `node:` internals, our own code by folder (`lib/data`, `lib/services`, ...) or the
 * VM's own categories ((garbage collector), (idle), (program)). Prints the top entries and the top functions by
 * self time. Usage: npx tsx bench/support/profile-summary.ts file.cpuprofile [top=25]
 */
import { readFileSync } from "node:fs";

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
interface Profile {
  nodes: Node[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

function moduleOf(url: string, fn: string): string {
  if (!url) return fn.startsWith("(") ? fn : "(native)";
  if (url.startsWith("node:")) return `node:${url.slice(5).split("/")[0]}`;
  const nm = url.lastIndexOf("node_modules/");
  if (nm >= 0) {
    const rest = url.slice(nm + 13).split("/");
    const pkg = rest[0].startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0];
    if (pkg === "next") {
      // Next bundles its compiled dependencies: name the part.
      const compiled = url.indexOf("/compiled/");
      if (compiled >= 0) return `next/compiled/${url.slice(compiled + 10).split("/")[0]}`;
      return "next";
    }
    return pkg;
  }
  const ours = /\/(lib\/[a-z-]+|app|generated\/prisma|\.next[^/]*\/server\/chunks)\//.exec(url);
  if (ours) return ours[1].replace(/\.next[^/]*/, ".next");
  return url.replace(/^.*\//, "");
}

const file = process.argv[2];
const top = Number(process.argv[3] ?? 25);
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

const self = new Map<string, number>();
const total = new Map<string, number>();
const fnSelf = new Map<string, number>();
let all = 0;
profile.samples.forEach((id, i) => {
  const dt = (profile.timeDeltas[i] ?? 0) / 1000; // ms
  all += dt;
  const leaf = byId.get(id)!;
  const leafModule = moduleOf(leaf.callFrame.url, leaf.callFrame.functionName);
  self.set(leafModule, (self.get(leafModule) ?? 0) + dt);
  const fnKey = `${leaf.callFrame.functionName || "(anonymous)"} ${leafModule}:${leaf.callFrame.lineNumber + 1}`;
  fnSelf.set(fnKey, (fnSelf.get(fnKey) ?? 0) + dt);
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const n = byId.get(cur)!;
    seen.add(moduleOf(n.callFrame.url, n.callFrame.functionName));
  }
  for (const m of seen) total.set(m, (total.get(m) ?? 0) + dt);
});

const busy = all - (self.get("(idle)") ?? 0);
const pct = (ms: number) => `${((100 * ms) / busy).toFixed(1).padStart(5)}%`;
console.log(`${file}: ${(all / 1000).toFixed(1)} s sampled, ${(busy / 1000).toFixed(1)} s busy (percentages are of busy time)`);
console.log("\nby module           self        total");
for (const [m, ms] of [...self]
  .filter(([m]) => m !== "(idle)")
  .sort((a, b) => b[1] - a[1])
  .slice(0, top)) {
  console.log(`${m.padEnd(32)} ${pct(ms)} ${pct(total.get(m) ?? 0)}`);
}
console.log("\nby total (module anywhere on the stack)");
for (const [m, ms] of [...total]
  .filter(([m]) => m !== "(idle)" && m !== "(root)")
  .sort((a, b) => b[1] - a[1])
  .slice(0, top)) {
  console.log(`${m.padEnd(32)} ${pct(ms)}`);
}
console.log("\ntop functions by self time");
for (const [f, ms] of [...fnSelf]
  .filter(([f]) => !f.startsWith("(idle)"))
  .sort((a, b) => b[1] - a[1])
  .slice(0, top)) {
  console.log(`${pct(ms)}  ${f.slice(0, 110)}`);
}
