import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  ALLOWED,
  checkImports,
  decisionsInComponents,
  findCycles,
  impurities,
  LAYERS,
  layerOf,
  prismaCalls,
  type SourceFile,
} from "./support/import-graph";

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
// Sign-in bookkeeping (issue 11): console sessions and the sign-in throttle's counters belong to no tenant; nor do
// trainers' scenarios.
const NOT_TENANT_OWNED = new Set(["Account", "ApiToken", "Class", "ConsoleSession", "RateLimiterFlexible", "Scenario", "Tenant"]);

/** Every source file of the layers, repo-relative with forward slashes. */
const sources: SourceFile[] = ["app", "components", "lib"]
  .flatMap((d) => filesUnder(path.join(root, d), (f) => /\.tsx?$/.test(f)))
  .map((f) => ({ file: path.relative(root, f).split(path.sep).join("/"), src: readFileSync(f, "utf8") }));

describe("architecture: tenant scoping of the schema", () => {
  const schema = readFileSync(path.join(root, "prisma/schema.prisma"), "utf8");

  it.each(models(schema).filter((m) => !NOT_TENANT_OWNED.has(m.name)))("model $name carries an indexed tenantId", ({ body }) => {
    expect(body).toMatch(/^\s+tenantId\s+String\b/m);
    // An index led by tenantId: its own, a unique one, or a primary key that starts with it.
    expect(body).toMatch(/@@(index|id)\(\[tenantId[\],]|tenantId\s+String\s+@unique/);
    expect(body).toMatch(/tenant\s+Tenant\??\s+@relation\(fields: \[tenantId\]/);
  });

  it("the list of models without a tenant is exactly the expected one", () => {
    const unscoped = models(schema)
      .filter((m) => !/^\s+tenantId\s+String\b/m.test(m.body))
      .map((m) => m.name)
      .sort();
    expect(unscoped).toEqual([...NOT_TENANT_OWNED].sort());
  });
});

describe("architecture: one-way layers (CODE_STYLE.md, Layers)", () => {
  it("every layer of the table has source files, so no rule below passes on an empty folder", () => {
    const counts = Object.fromEntries(
      LAYERS.map((l) => [l, sources.filter((s) => layerOf(s.file) === l && !/\.test\.tsx?$/.test(s.file)).length]),
    );
    for (const layer of LAYERS) expect(counts[layer], `${layer} has no files: was a folder renamed?`).toBeGreaterThan(0);
    // The pure model holds the rules: the decisions the services call exist there.
    const domain = sources
      .filter((s) => layerOf(s.file) === "domain")
      .map((s) => s.src)
      .join("\n");
    for (const fn of ["decidePurchase", "decideOffers", "decideSeatChange", "decidePlanSwitch"])
      expect(domain).toMatch(new RegExp(`export function ${fn}\\b`));
  });

  it("imports follow the table of allowed arrows", () => {
    expect(checkImports(sources)).toEqual([]);
  });

  it("no import cycles among source files", () => {
    expect(findCycles(sources)).toEqual([]);
  });

  it("lib/domain is pure: no clock, no environment", () => {
    expect(sources.flatMap((s) => impurities(s.file, s.src))).toEqual([]);
  });

  it("only lib/data talks to Prisma", () => {
    expect(sources.flatMap((s) => prismaCalls(s.file, s.src))).toEqual([]);
  });

  it("components render what services return: no decide*/calculate* from lib/domain", () => {
    expect(sources.flatMap((s) => decisionsInComponents(s.file, s.src))).toEqual([]);
  });

  it("no service returns an HTTP envelope", () => {
    const envelopes = sources
      .filter((s) => layerOf(s.file) === "services")
      .filter((s) => /\bstatus:\s*[1-5]\d\d\b|StoredResponse|\{\s*status,\s*body\s*\}/.test(s.src))
      .map((s) => s.file);
    expect(envelopes).toEqual([]);
  });

  it("JSON answers go through jsonResponse, which keeps small ones out of gzip (issue 15)", () => {
    const direct = sources
      .filter((s) => !/\.test\.tsx?$/.test(s.file) && s.file !== "lib/api/respond.ts")
      .filter((s) => /\b(?:Next)?Response\.json\(|new (?:Next)?Response\(JSON\.stringify/.test(s.src))
      .map((s) => s.file);
    expect(direct).toEqual([]);
  });

  it("lib/data and lib/services never let Prisma rows leak into app/ or components/", () => {
    const ui = sources.filter((s) => layerOf(s.file) === "edge" || layerOf(s.file) === "components");
    for (const s of ui) expect(s.src, s.file).not.toMatch(/from\s+["'](@\/lib\/data\/|@\/generated\/prisma)/);
  });
});

describe("architecture checks catch what they are for (fixtures)", () => {
  const clean: SourceFile[] = [
    { file: "app/page.tsx", src: 'import { X } from "@/components/x";\nimport { act } from "@/lib/actions/a";' },
    { file: "components/x.tsx", src: 'import type { R } from "@/lib/domain/types";\nimport { act } from "@/lib/actions/a";' },
    { file: "lib/actions/a.ts", src: 'import { run } from "@/lib/services/s";\nimport { requireActor } from "@/lib/auth/session";' },
    {
      file: "lib/services/s.ts",
      src: 'import { decide } from "@/lib/domain/d";\nimport { findRows } from "@/lib/data/rows";\nimport { assertCan } from "@/lib/auth/actor";',
    },
    { file: "lib/auth/session.ts", src: 'import { findAccount } from "@/lib/data/accounts";' },
    {
      file: "lib/data/rows.ts",
      src: 'import { PrismaClient } from "@/generated/prisma/client";\nimport type { R } from "../domain/types";',
    },
    {
      file: "lib/domain/d.ts",
      src: 'import type { R } from "./types";\n// Date.now() in a comment is fine\nexport const decide = (now: Date) => now;',
    },
    { file: "lib/domain/types.ts", src: "export type R = string;" },
  ];

  it("the clean fixture passes every check", () => {
    expect(checkImports(clean)).toEqual([]);
    expect(findCycles(clean)).toEqual([]);
    expect(
      clean.flatMap((s) => [...impurities(s.file, s.src), ...prismaCalls(s.file, s.src), ...decisionsInComponents(s.file, s.src)]),
    ).toEqual([]);
  });

  it.each([
    [
      "a service imports a component",
      "lib/services/shell.ts",
      'import type { ShellTenant } from "@/components/shell/console-shell";',
      "services -> components",
    ],
    ["a service redirects", "lib/services/page.ts", 'import { redirect } from "next/navigation";', "package next/navigation"],
    [
      "an action imports a UI file for its types",
      "lib/actions/b.ts",
      'import type { FormState } from "@/components/ui/form-message";',
      "actions -> components",
    ],
    ["auth imports a service", "lib/auth/options.ts", 'import { verifyCredentials } from "@/lib/services/accounts";', "auth -> services"],
    ["validation imports auth", "lib/validation/tenants.ts", 'import { ROLES } from "@/lib/auth/permissions";', "validation -> auth"],
    ["data imports auth", "lib/data/tenants.ts", 'import type { Role } from "../auth/permissions";', "data -> auth"],
    ["the domain imports data", "lib/domain/bad.ts", 'import { getDb } from "@/lib/data/db";', "domain -> data"],
    ["a component imports a service", "components/y.tsx", 'import type { V } from "@/lib/services/s";', "components -> services"],
    [
      "a service imports the Prisma client",
      "lib/services/credits.ts",
      'import type { LedgerType } from "@/generated/prisma/client";',
      "only lib/data talks to Prisma",
    ],
    ["the domain imports React", "lib/domain/ui.ts", 'import { useState } from "react";', "package react"],
  ])("a wrong arrow is caught: %s", (_name, file, src, why) => {
    const found = checkImports([...clean, { file, src }]);
    expect(found).toHaveLength(1);
    expect(found[0].file).toBe(file);
    expect(found[0].why).toContain(why);
  });

  it("a cycle is caught, with every file on it", () => {
    const cycle: SourceFile[] = [
      { file: "lib/domain/countries.ts", src: 'import { COUNTRY_DATA } from "./countries.data";' },
      { file: "lib/domain/countries.data.ts", src: 'import type { Country } from "./countries";' },
    ];
    expect(findCycles([...clean, ...cycle])).toEqual([["lib/domain/countries", "lib/domain/countries.data"]]);
    const longer: SourceFile[] = [
      { file: "lib/auth/a.ts", src: 'import "./b";' },
      { file: "lib/auth/b.ts", src: 'import { c } from "@/lib/auth/c";' },
      { file: "lib/auth/c.ts", src: 'export { a } from "./a";' },
    ];
    expect(findCycles([...clean, ...longer])).toEqual([["lib/auth/a", "lib/auth/b", "lib/auth/c"]]);
  });

  it("an impure domain file, a Prisma call in a service and a decision in a component are caught", () => {
    expect(impurities("lib/domain/x.ts", "export const t = () => Date.now();")).toHaveLength(1);
    expect(impurities("lib/domain/x.ts", "export const u = process.env.X;")).toHaveLength(1);
    expect(prismaCalls("lib/services/x.ts", "await tx.purchase.create({ data })")).toEqual(["lib/services/x.ts: tx.purchase.create("]);
    expect(prismaCalls("lib/services/x.ts", "await getDb().account.findUnique({ where })")).toHaveLength(1);
    expect(prismaCalls("lib/data/x.ts", "await tx.purchase.create({ data })")).toEqual([]);
    expect(
      decisionsInComponents("components/f.tsx", 'import { decideFeatureAvailability, type F } from "@/lib/domain/features";'),
    ).toHaveLength(1);
    expect(decisionsInComponents("components/f.tsx", 'import type { decideX } from "@/lib/domain/features";')).toEqual([]);
  });

  it("the table names every layer, and no layer may import the edge or components except the edge", () => {
    expect(Object.keys(ALLOWED).sort()).toEqual([...LAYERS].sort());
    for (const layer of LAYERS) if (layer !== "edge") expect(ALLOWED[layer]).not.toContain("edge");
    expect(ALLOWED.domain).toEqual([]);
  });
});
