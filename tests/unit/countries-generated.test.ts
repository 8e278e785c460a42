import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderCountryData } from "../../scripts/generate-countries";

describe("the country table is generated from the rules catalogue", () => {
  it("regenerating lib/domain/countries.data.ts from ../shared/domain/rules-catalogue.md gives the committed file", () => {
    const catalogue = readFileSync(path.resolve("../shared/domain/rules-catalogue.md"), "utf8");
    const committed = readFileSync(path.resolve("lib/domain/countries.data.ts"), "utf8");
    expect(renderCountryData(catalogue)).toBe(committed);
  });
});
