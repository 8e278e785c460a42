import path from "node:path";

/**
 * The layers of the house and the arrows between them (see CODE_STYLE.md, "Layers").
 * A file's layer comes from its path; test files are checked like the code they sit beside,
 * except that they may reach anything a test needs (fixtures, lib/data) and are left out of cycles.
 */
export type Layer = "edge" | "actions" | "api" | "services" | "data" | "domain" | "auth" | "validation" | "components";

export const LAYERS: readonly Layer[] = ["edge", "actions", "api", "services", "data", "domain", "auth", "validation", "components"];

/** Which layers each layer may import (its own layer is always allowed). */
export const ALLOWED: Record<Layer, readonly Layer[]> = {
  // Pages, layouts and route handlers: compose components, call actions (forms), the API glue (routes),
  // services for reads, auth for the session and page guards, and domain types / validation for shaping.
  edge: ["components", "actions", "api", "services", "auth", "validation", "domain"],
  // Server actions: parse (validation) -> authorize (auth) -> service; domain for the Reason type.
  actions: ["services", "auth", "validation", "domain"],
  // HTTP glue: the same, plus the mapping of domain results to status codes.
  api: ["services", "auth", "validation", "domain"],
  // Use cases: decide with the domain, read and write through data; auth for assertCan.
  services: ["domain", "data", "auth", "validation"],
  // Prisma access: domain types only.
  data: ["domain"],
  // The pure model imports nothing of ours.
  domain: [],
  // Session and token lookups go through lib/data; roles and permissions are domain words.
  auth: ["data", "domain", "validation"],
  // zod schemas over domain words (roles, SKUs, money).
  validation: ["domain"],
  // UI: render domain types, validate with the shared schemas, submit to server actions.
  components: ["domain", "validation", "actions"],
};

/** Packages a layer must not import (beyond its arrows). */
export const FORBIDDEN_PACKAGES: Partial<Record<Layer, RegExp>> = {
  domain: /^(next(\/|$)|react|@prisma|prisma|.*generated\/prisma|server-only|(node:)?(fs|path|child_process|http|https|net|crypto)$)/,
  services: /^(next(\/|$)|react(-dom)?$|.*generated\/prisma|@prisma)/,
  validation: /^(next(\/|$)|react|.*generated\/prisma|@prisma)/,
  actions: /^(.*generated\/prisma|@prisma)/,
  api: /^(.*generated\/prisma|@prisma)/,
  auth: /^(.*generated\/prisma|@prisma)/,
  components: /^(.*generated\/prisma|@prisma)/,
  edge: /^(.*generated\/prisma|@prisma)/,
};

export type SourceFile = { file: string; src: string };

export function layerOf(file: string): Layer | null {
  const f = file.split(path.sep).join("/");
  if (f.startsWith("app/")) return "edge";
  if (f.startsWith("components/")) return "components";
  const m = /^lib\/(actions|api|services|data|domain|auth|validation)\//.exec(f);
  return m ? (m[1] as Layer) : null;
}

export function isTest(file: string): boolean {
  return /\.(test|spec)\.tsx?$/.test(file);
}

/** Module specifiers of static imports, re-exports and dynamic imports (comments stripped). */
export function importsOf(src: string): string[] {
  const code = src.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
  return [
    ...code.matchAll(/(?:import|export)[^'"]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|^\s*import\s+["']([^"']+)["']/gm),
  ].map((m) => m[1] ?? m[2] ?? m[3]);
}

/** Resolves a specifier to a repo-relative path without extension, or null for a package. */
export function resolveSpec(from: string, spec: string): string | null {
  let target: string;
  if (spec.startsWith("@/")) target = spec.slice(2);
  else if (spec.startsWith(".")) target = path.posix.normalize(path.posix.join(path.posix.dirname(from.split(path.sep).join("/")), spec));
  else return null;
  return target.replace(/\.(tsx?|jsx?)$/, "").replace(/\/index$/, "");
}

export type Violation = { file: string; spec: string; why: string };

/** Every import that crosses layers against the table, or reaches a forbidden package. */
export function checkImports(files: SourceFile[]): Violation[] {
  const out: Violation[] = [];
  for (const { file, src } of files) {
    const from = layerOf(file);
    if (!from) continue;
    for (const spec of importsOf(src)) {
      const target = resolveSpec(file, spec);
      if (target === null) {
        const bad = FORBIDDEN_PACKAGES[from];
        if (bad && bad.test(spec) && !(isTest(file) && from === "domain" && /^(node:)?(fs|path)$/.test(spec))) {
          out.push({ file, spec, why: `${from} may not import the package ${spec}` });
        }
        continue;
      }
      if (target.startsWith("generated/prisma")) {
        if (from !== "data") out.push({ file, spec, why: `only lib/data talks to Prisma (${from} imports ${spec})` });
        continue;
      }
      const to = layerOf(`${target}.ts`);
      if (!to || to === from) continue;
      // Tests may set up state through any layer below the edge (factories, lib/data), but never reach the UI.
      if (isTest(file) && to !== "edge" && to !== "components") continue;
      if (!ALLOWED[from].includes(to)) out.push({ file, spec, why: `${from} -> ${to} is not an allowed arrow` });
    }
  }
  return out;
}

/** Cycles among non-test files, each reported once as the list of files around it. */
export function findCycles(files: SourceFile[]): string[][] {
  const norm = (f: string) =>
    f
      .split(path.sep)
      .join("/")
      .replace(/\.(tsx?|jsx?)$/, "")
      .replace(/\/index$/, "");
  const known = new Set(files.map((f) => norm(f.file)));
  const edges = new Map<string, string[]>();
  for (const { file, src } of files) {
    if (isTest(file)) continue;
    const from = norm(file);
    const tos = importsOf(src)
      .map((s) => resolveSpec(file, s))
      .filter((t): t is string => t !== null && known.has(t));
    edges.set(from, [...new Set(tos)]);
  }
  // Tarjan's strongly connected components: any component of more than one file (or a self-import) is a cycle.
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index);
    low.set(v, index);
    index++;
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const comp: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        comp.push(w);
      } while (w !== v);
      if (comp.length > 1 || (edges.get(v) ?? []).includes(v)) cycles.push(comp.sort());
    }
  };
  for (const v of edges.keys()) if (!idx.has(v)) visit(v);
  return cycles;
}

/** Code with comments stripped, for checks that look at calls rather than imports. */
function codeOf(src: string): string {
  return src.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
}

/** lib/domain is pure: no clock and no environment (time and settings come in as arguments). */
export function impurities(file: string, src: string): string[] {
  if (layerOf(file) !== "domain" || isTest(file)) return [];
  const code = codeOf(src);
  const out: string[] = [];
  if (/Date\.now\(\)|new Date\(\)/.test(code)) out.push(`${file} reads the clock`);
  if (/process\.env/.test(code)) out.push(`${file} reads the environment`);
  return out;
}

/** Prisma calls (`tx.purchase.create(`, `getDb().account.findUnique(`) outside lib/data. */
export function prismaCalls(file: string, src: string): string[] {
  const layer = layerOf(file);
  if (layer === "data" || layer === null || isTest(file)) return [];
  const calls = codeOf(src).match(
    /\b(?:tx|db|client|prisma|getDb\(\))\s*\.\s*[a-z]\w*\s*\.\s*(?:findUnique|findUniqueOrThrow|findFirst|findFirstOrThrow|findMany|create|createMany|createManyAndReturn|update|updateMany|upsert|delete|deleteMany|count|aggregate|groupBy)\s*\(|\$(?:queryRaw|executeRaw)\w*/g,
  );
  return (calls ?? []).map((c) => `${file}: ${c.replace(/\s+/g, "")}`);
}

/** Components render what services return: they import no decision or calculation from lib/domain. */
export function decisionsInComponents(file: string, src: string): string[] {
  if (layerOf(file) !== "components") return [];
  const out: string[] = [];
  for (const m of codeOf(src).matchAll(/import\s+(?!type\b)\{([^}]*)\}\s*from\s*["']@\/lib\/domain\/[^"']+["']/g)) {
    for (const name of m[1].split(",").map((n) => n.trim().replace(/^type\s+.*/, ""))) {
      if (/^(decide|calculate)[A-Z]/.test(name)) out.push(`${file} imports ${name}`);
    }
  }
  return out;
}
