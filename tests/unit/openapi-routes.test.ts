import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "@/lib/api/openapi";

const root = path.join(process.cwd(), "app/api/v1");

/** Every route.ts under app/api/v1, as an OpenAPI path ("[id]" -> "{id}") with the HTTP methods it exports. */
function routes(dir = root): { path: string; methods: string[] }[] {
  const out: { path: string; methods: string[] }[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...routes(full));
    else if (name === "route.ts") {
      const rel = path.relative(root, dir).split(path.sep).join("/");
      const src = readFileSync(full, "utf8");
      const methods = [...src.matchAll(/export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) =>
        m[1].toLowerCase(),
      );
      out.push({ path: `/${rel}`.replace(/\[(\w+)\]/g, "{$1}"), methods });
    }
  }
  return out;
}

describe("the OpenAPI document lists every API route (so the document and the code can't drift)", () => {
  const doc = buildOpenApiDocument() as unknown as { paths: Record<string, Record<string, unknown>> };
  const found = routes();

  it("finds the route files", () => {
    expect(found.length).toBeGreaterThan(20);
  });

  it.each(found.filter((r) => r.path !== "/openapi.json"))("$path: every exported method is documented", ({ path: p, methods }) => {
    expect(Object.keys(doc.paths), `${p} is missing from the OpenAPI document`).toContain(p);
    for (const m of methods) expect(Object.keys(doc.paths[p]), `${m.toUpperCase()} ${p}`).toContain(m);
  });
});
