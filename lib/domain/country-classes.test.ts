/**
 * Country classes lose nothing: every country gets exactly the offers its class's representative gets, in any
 * situation (R-GEO-1, R-GEO-2, R-GEO-3, R-GEO-5, R-CC-5 are the rules that read the country).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COUNTRIES } from "./countries";
import { COUNTRY_CLASSES, countryClassOf } from "./country-classes";
import { decideOffers } from "./offers";
import { buildHypotheticalSnapshot } from "./what-if";
import { ADDON_SKUS, CHANNELS, CLOUDS, COMMITMENTS, ORG_TYPES, PLAN_SKUS, type AddonSku } from "./types";

const summary = (offers: ReturnType<typeof decideOffers>) =>
  offers.map((o) => ({ sku: o.sku, status: o.status, reasons: o.reasons.map((r) => `${r.code}/${r.ruleId}`) }));

describe("country classes", () => {
  it("put each of the 86 countries in exactly one class, with a representative from the class", () => {
    const all = COUNTRY_CLASSES.flatMap((c) => c.countries);
    expect(all.sort()).toEqual(COUNTRIES.map((c) => c.code).sort());
    for (const cls of COUNTRY_CLASSES) expect(cls.countries).toContain(cls.representative);
    expect(countryClassOf("US")?.id).toBe("ac-cp-cc");
    expect(countryClassOf("CA")?.id).toBe("ac-cp-preview-cc"); // R-GEO-3
    expect(countryClassOf("IN")?.id).toBe("none");
    expect(countryClassOf("ZZ")).toBeUndefined();
  });

  it("R-GEO-1, R-GEO-2, R-GEO-3, R-CC-5: a country's offers equal its representative's in any situation", () => {
    const situation = fc.record({
      country: fc.constantFrom(...COUNTRIES.map((c) => c.code)),
      plan: fc.constantFrom(null, ...PLAN_SKUS),
      channel: fc.constantFrom(...CHANNELS),
      commitment: fc.constantFrom(...COMMITMENTS),
      orgType: fc.constantFrom(...ORG_TYPES),
      cloud: fc.constantFrom(...CLOUDS),
      owned: fc.dictionary(fc.constantFrom<AddonSku>(...ADDON_SKUS), fc.integer({ min: 1, max: 5 }), { maxKeys: 3 }),
      policy: fc.record({
        monthlyCommitmentBlocksAddOns: fc.boolean(),
        sfbPlan2PhoneSystem: fc.constantFrom("allow" as const, "switch" as const),
        canadaCallingPlansPreview: fc.boolean(),
      }),
    });
    fc.assert(
      fc.property(situation, (s) => {
        const representative = countryClassOf(s.country)!.representative;
        const mine = summary(decideOffers(buildHypotheticalSnapshot(s)));
        const theirs = summary(decideOffers(buildHypotheticalSnapshot({ ...s, country: representative })));
        expect(mine).toEqual(theirs);
      }),
      { numRuns: 500 },
    );
  });
});
