import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = process.cwd();

function filesUnder(dir: string, test: (f: string) => boolean): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...filesUnder(full, test));
    else if (test(full)) out.push(full);
  }
  return out;
}

function models(schema: string): { name: string; body: string }[] {
  return [...schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)].map((m) => ({ name: m[1], body: m[2] }));
}

/** Models that belong to no tenant: people who sign in, their tokens, and the tenant itself. */
const NOT_TENANT_OWNED = new Set(["Account", "ApiToken", "Tenant"]);

describe("architecture", () => {
  const schema = readFileSync(path.join(root, "prisma/schema.prisma"), "utf8");

  it.each(models(schema).filter((m) => !NOT_TENANT_OWNED.has(m.name)))("model $name carries an indexed tenantId", ({ body }) => {
    expect(body).toMatch(/^\s+tenantId\s+String\b/m);
    expect(body).toMatch(/@@index\(\[tenantId[\],]|tenantId\s+String\s+@unique/);
    expect(body).toMatch(/tenant\s+Tenant\s+@relation\(fields: \[tenantId\]/);
  });

  it("the list of models without a tenant is exactly the expected one", () => {
    const unscoped = models(schema)
      .filter((m) => !/^\s+tenantId\s+String\b/m.test(m.body))
      .map((m) => m.name)
      .sort();
    expect(unscoped).toEqual([...NOT_TENANT_OWNED].sort());
  });

  const domainFiles = filesUnder(path.join(root, "lib/domain"), (f) => /\.tsx?$/.test(f));

  it("lib/domain exists and has code", () => {
    expect(domainFiles.length).toBeGreaterThan(3);
  });

  it.each(domainFiles.map((f) => ({ file: path.relative(root, f) })))("$file is pure: no data, services, next, Prisma, clock or env", ({ file }) => {
    const src = readFileSync(path.join(root, file), "utf8");
    const imports = [
      ...src.matchAll(/(?:import|export)[^'"]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|^\s*import\s+["']([^"']+)["']/gm),
    ].map((m) => m[1] ?? m[2] ?? m[3]);
    for (const spec of imports) {
      if (spec.startsWith(".")) {
        // A relative import must stay inside lib/domain.
        const target = path.relative(root, path.resolve(path.dirname(path.join(root, file)), spec));
        expect(target.startsWith(`lib${path.sep}domain`), `${file} imports ${spec} (outside lib/domain)`).toBe(true);
        continue;
      }
      expect(spec, `${file} imports ${spec}`).not.toMatch(/^(@\/(?!lib\/domain\/)|next(\/|$)|@prisma|prisma|.*generated\/prisma|server-only|react)/);
      // Tests may read the rules catalogue from disk; the model itself does no I/O.
      if (!file.endsWith(".test.ts")) expect(spec, `${file} imports ${spec}`).not.toMatch(/^(node:)?(fs|path|child_process|http|https|net|crypto)$/);
    }
    if (!file.endsWith(".test.ts")) {
      const code = src.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
      expect(code, `${file} reads the clock`).not.toMatch(/Date\.now\(\)|new Date\(\)/);
      expect(code, `${file} reads the environment`).not.toMatch(/process\.env/);
    }
  });

  it("lib/data and lib/services never let Prisma rows leak into app/ or components/", () => {
    const uiFiles = filesUnder(path.join(root, "app"), (f) => /\.tsx?$/.test(f)).concat(
      filesUnder(path.join(root, "components"), (f) => /\.tsx?$/.test(f)),
    );
    for (const f of uiFiles) {
      const src = readFileSync(f, "utf8");
      expect(src, path.relative(root, f)).not.toMatch(/from\s+["'](@\/lib\/data\/|@\/generated\/prisma)/);
    }
  });
});
