import { describe, expect, it } from "vitest";
import { COUNTRY_CLASSES } from "./country-classes";
import { calculateMatrix, matrixSituations, MATRIX_PLANS } from "./matrix";
import { decideOffer } from "./offers";
import { buildHypotheticalSnapshot } from "./what-if";
import { ADDON_SKUS, CHANNELS, CLOUDS, COMMITMENTS, ORG_TYPES } from "./types";

const rows = calculateMatrix();
const situations = matrixSituations(rows);

function row(key: string, sku: string) {
  const found = rows.find((r) => r.situation.key === key && r.sku === sku);
  if (!found) throw new Error(`no row ${key} ${sku}`);
  return { status: found.status, code: found.code, ruleId: found.ruleId };
}

describe("the eligibility matrix", () => {
  it("covers every plan x channel x commitment x org type x cloud x country class, each against every add-on", () => {
    const bases = new Set(situations.map((s) => [s.plan, s.channel, s.commitment, s.orgType, s.cloud, s.countryClass].join("|")));
    expect(bases.size).toBe(
      MATRIX_PLANS.length * CHANNELS.length * COMMITMENTS.length * ORG_TYPES.length * CLOUDS.length * COUNTRY_CLASSES.length,
    );
    expect(rows.length).toBe(situations.length * ADDON_SKUS.length);
    expect(new Set(situations.map((s) => s.key)).size).toBe(situations.length);
  });

  it("every row is what decideOffer answers for that situation", () => {
    for (const s of situations.filter((_, i) => i % 37 === 0)) {
      const snapshot = buildHypotheticalSnapshot(s);
      for (const sku of ADDON_SKUS) {
        const offer = decideOffer(snapshot, sku);
        expect(row(s.key, sku)).toEqual({
          status: offer.status,
          code: offer.reasons[0]?.code ?? null,
          ruleId: offer.reasons[0]?.ruleId ?? null,
        });
      }
    }
  });

  it.each([
    ["R-CP-1", "ENTERPRISEPACK|direct|annual|commercial|worldwide|US", "MCOPSTN1", "blocked", "PREREQUISITE_MISSING"],
    [
      "R-GEO-2",
      "ENTERPRISEPREMIUM|direct|annual|commercial|worldwide|AU|callingPlanPurchaseCountry=tenantCountry",
      "MCOPSTN1",
      "blocked",
      "COUNTRY_NOT_AVAILABLE",
    ],
    ["R-AC-E5", "ENTERPRISEPREMIUM|direct|annual|commercial|worldwide|US", "MCOMEETADV", "included", "ALREADY_INCLUDED"],
    ["R-ADM-1", "none|direct|annual|commercial|worldwide|US", "MCOEV", "blocked", "NO_BASE_PLAN"],
    [
      "R-21V-1",
      "ENTERPRISEPACK|direct|annual|commercial|21vianet|US|phoneSystemOn21Vianet=true",
      "MCOMEETADV",
      "blocked",
      "CLOUD_21VIANET",
    ],
    ["R-GD-1", "O365_BUSINESS_PREMIUM|godaddy|annual|commercial|worldwide|US", "MCOMEETADV", "blocked", "RESELLER_GODADDY"],
    ["R-PART-1", "ENTERPRISEPACK|partner|annual|commercial|worldwide|US", "MCOEV", "blocked", "PARTNER_E3_SEAT_REQUIRED"],
  ])("%s: %s buys %s? %s (%s)", (ruleId, key, sku, status, code) => {
    expect(row(key, sku)).toEqual({ status, code, ruleId });
  });

  it("R-PS-E: an E3 tenant can buy Phone System", () => {
    expect(row("ENTERPRISEPACK|direct|annual|commercial|worldwide|US", "MCOEV")).toEqual({ status: "available", code: null, ruleId: null });
  });

  it("R-MC-1 / A-6: the monthly-commitment flag is listed where it matters, and only there", () => {
    const e3 = "ENTERPRISEPACK|direct|monthly|commercial|worldwide|US";
    expect(row(`${e3}|monthlyCommitmentBlocksAddOns=true`, "MCOEV")).toEqual({
      status: "blocked",
      code: "MONTHLY_COMMITMENT",
      ruleId: "R-MC-1",
    });
    expect(row(`${e3}|monthlyCommitmentBlocksAddOns=false`, "MCOEV")).toEqual({ status: "available", code: null, ruleId: null });
    expect(situations.filter((s) => s.commitment === "annual").every((s) => !("monthlyCommitmentBlocksAddOns" in s.policy))).toBe(true);
  });

  it("R-GEO-2: by default Calling Plans are bought whatever the tenant's country (users' usage locations decide at assignment)", () => {
    const au = "ENTERPRISEPREMIUM|direct|annual|commercial|worldwide|AU|callingPlanPurchaseCountry=usageLocation";
    expect(row(au, "MCOPSTN1")).toEqual({ status: "available", code: null, ruleId: null });
  });

  it("R-GEO-3: the Canada preview gates assignment under the default reading, so it splits no situation; R-PS-S2 / A-1 splits SfB Plan 2's", () => {
    expect(situations.filter((s) => "canadaCallingPlansPreview" in s.policy)).toEqual([]);
    const ca = "ENTERPRISEPREMIUM|direct|annual|commercial|worldwide|CA|callingPlanPurchaseCountry=";
    expect(row(`${ca}usageLocation`, "MCOPSTN1")).toEqual({ status: "available", code: null, ruleId: null });
    expect(row(`${ca}tenantCountry`, "MCOPSTN1")).toEqual({ status: "blocked", code: "COUNTRY_NOT_AVAILABLE", ruleId: "R-GEO-3" });
    const sfb = situations.filter((s) => "sfbPlan2PhoneSystem" in s.policy);
    expect(new Set(sfb.map((s) => s.plan))).toEqual(new Set(["MCOSTANDARD"]));
  });

  it("filters each dimension; countries are evaluated themselves, classes by their representative", () => {
    const filtered = calculateMatrix({
      plan: [null, "ENTERPRISEPACK"],
      channel: ["direct"],
      commitment: ["annual"],
      orgType: ["education"],
      cloud: ["worldwide"],
      country: ["FR", "none"],
    });
    expect(matrixSituations(filtered).map((s) => s.key)).toEqual([
      "none|direct|annual|education|worldwide|FR",
      "none|direct|annual|education|worldwide|IN",
      "ENTERPRISEPACK|direct|annual|education|worldwide|FR",
      "ENTERPRISEPACK|direct|annual|education|worldwide|IN",
    ]);
    expect(matrixSituations(filtered)[0].countryClass).toBe("ac-cp-cc");
  });
});
