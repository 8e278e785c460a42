/**
 * Every rule id cited in lib/domain source must exist (catalogue ids in shared/domain/rules-catalogue.md,
 * sandbox SBX- ids in RULES) and must be exercised by at least one lib/domain test file.
 * The catalogue is read from ../shared relative to the project root (process.cwd()), as in CI.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { RULES } from "./reasons";

const DOMAIN = resolve(process.cwd(), "lib/domain");
const CATALOGUE = readFileSync(resolve(process.cwd(), "../shared/domain/rules-catalogue.md"), "utf8");

/** Catalogue ids (R-..., A-n, F-n) and sandbox ids (SBX-...). */
const RULE_ID = /\b(R-[A-Z0-9]+(?:-[A-Za-z0-9/]+)*|A-\d+|F-\d+|SBX-[A-Z0-9]+(?:-[A-Z0-9]+)*)\b/g;

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

const isTest = (path: string) => path.endsWith(".test.ts");
const files = tsFiles(DOMAIN);
const sourceText = files.filter((f) => !isTest(f)).map((f) => [f, readFileSync(f, "utf8")] as const);
const testText = files.filter(isTest).map((f) => readFileSync(f, "utf8")).join("\n");

function idsIn(text: string): string[] {
  return [...text.matchAll(RULE_ID)].map((m) => m[1]);
}

/** Whole-token presence: "A-1" must not match inside "A-19", "R-CC-1" not inside "R-CC-10". */
function mentions(text: string, id: string): boolean {
  const escaped = id.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  return new RegExp(`(^|[^A-Za-z0-9-])${escaped}(?![A-Za-z0-9/-])`).test(text);
}

const cited = [...new Set(sourceText.flatMap(([, text]) => idsIn(text)))].sort();

describe("rule coverage across lib/domain", () => {
  it("finds cited rule ids", () => {
    expect(cited.length).toBeGreaterThan(40);
  });

  it.each(cited)("%s exists (catalogue, or RULES for SBX- ids)", (id) => {
    if (id.startsWith("SBX-")) expect(RULES[id], `${id} missing from RULES`).toBeDefined();
    else expect(mentions(CATALOGUE, id), `${id} is not in rules-catalogue.md`).toBe(true);
  });

  it.each(cited)("%s is exercised by a lib/domain test", (id) => {
    expect(mentions(testText, id), `${id} appears in no lib/domain test file`).toBe(true);
  });

  it.each(Object.keys(RULES))("RULES entry %s is a real id", (id) => {
    if (id.startsWith("SBX-")) return;
    expect(mentions(CATALOGUE, id), `${id} is not in rules-catalogue.md`).toBe(true);
  });
});
