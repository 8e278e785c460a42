import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { COUNTRIES, COUNTRY_CODES, findCountry } from "./countries";

describe("country table (catalogue §5.2, generated)", () => {
  it("has the 86 countries with unique ISO alpha-2 codes", () => {
    expect(COUNTRIES).toHaveLength(86);
    expect(new Set(COUNTRY_CODES).size).toBe(86);
    for (const code of COUNTRY_CODES) expect(code).toMatch(/^[A-Z]{2}$/);
  });

  it("matches the §5.1 summary counts", () => {
    expect(COUNTRIES.filter((c) => c.audioConferencing)).toHaveLength(72); // R-GEO-1
    expect(COUNTRIES.filter((c) => !c.communicationsCredits)).toHaveLength(15); // R-CC-5
    expect(COUNTRIES.filter((c) => c.callMeDialOut)).toHaveLength(44); // 45 pages minus Belarus (§5.3)
  });

  it("R-GEO-2: Calling Plans in exactly the 10 documented countries", () => {
    const codes = COUNTRIES.filter((c) => c.callingPlans)
      .map((c) => c.code)
      .sort();
    expect(codes).toEqual(["BE", "CA", "DE", "ES", "FR", "GB", "IE", "NL", "PR", "US"]);
  });

  it("R-GEO-3: Canada is preview-only, nobody else", () => {
    expect(COUNTRIES.filter((c) => c.callingPlansPreviewOnly).map((c) => c.code)).toEqual(["CA"]);
  });

  it("R-GEO-1: the 14 countries where Audio Conferencing isn't sold", () => {
    const codes = COUNTRIES.filter((c) => !c.audioConferencing)
      .map((c) => c.code)
      .sort();
    expect(codes).toEqual(["BH", "BN", "BY", "BZ", "CN", "GE", "HK", "HN", "IN", "MK", "MD", "PK", "SA", "SV"].sort());
  });

  it("§5.3 resolutions: Belarus Call Me off; Bahrain, Brazil, Brunei credits on", () => {
    expect(findCountry("BY")?.callMeDialOut).toBe(false);
    for (const code of ["BH", "BR", "BN"]) expect(findCountry(code)?.communicationsCredits).toBe(true);
  });

  it("§3.8: Domestic vs Domestic and International minutes, US and PR share one pool", () => {
    expect(findCountry("US")?.callingPlanMinutes).toEqual({
      domestic: 3000,
      domesticAndInternational: { domestic: 3000, international: 600 },
    });
    expect(findCountry("FR")?.callingPlanMinutes).toEqual({
      domestic: 1200,
      domesticAndInternational: { domestic: 1200, international: 600 },
    });
    expect(findCountry("CA")?.callingPlanMinutes?.domestic).toBe(3000);
    expect(findCountry("US")?.minutePoolKey).toBe("US");
    expect(findCountry("PR")?.minutePoolKey).toBe("US");
    expect(findCountry("GB")?.minutePoolKey).toBe("GB");
    expect(findCountry("JP")?.callingPlanMinutes).toBeNull();
    expect(findCountry("JP")?.minutePoolKey).toBeNull();
  });

  it("R-GEO-4: the Chile note is carried", () => {
    expect(findCountry("CL")?.notes.join(" ")).toMatch(/Chile/);
    expect(findCountry("CL")?.acSharedNumbers).toBe("Yes: Santiago");
  });

  it("findCountry is case-insensitive and returns undefined for unknown or empty codes", () => {
    expect(findCountry("fr")?.name).toBe("France");
    expect(findCountry("GB")?.name).toBe("United Kingdom");
    expect(findCountry("ZZ")).toBeUndefined();
    expect(findCountry("")).toBeUndefined();
    expect(findCountry(null)).toBeUndefined();
    expect(findCountry(undefined)).toBeUndefined();
  });

  it("the data file is marked generated", () => {
    const text = readFileSync(resolve(process.cwd(), "lib/domain/countries.data.ts"), "utf8");
    expect(text.split("\n")[0]).toMatch(/generated, do not edit/);
  });
});
