import { describe, expect, it } from "vitest";
import {
  MUTUALLY_EXCLUSIVE_GROUPS,
  SKU_CATALOG,
  isAddonSku,
  isPlanSku,
  isSkuPartNumber,
  licensesProvide,
  planIncludes,
  skuName,
} from "./catalog";
import { RULES } from "./rule-index";
import { ALL_SKUS, PLAN_SKUS, type PlanSku, type SkuPartNumber } from "./types";

describe("SKU catalog", () => {
  it("has one entry per sku, with integer prices and a kind matching types.ts", () => {
    for (const sku of ALL_SKUS) {
      const info = SKU_CATALOG[sku];
      expect(info.sku).toBe(sku);
      expect(Number.isInteger(info.monthlyPriceCents)).toBe(true);
      expect(info.kind).toBe(isPlanSku(sku) ? "plan" : "addon");
      expect(info.skuId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    }
  });

  it("uses the documented GUIDs (graph notes §4.2)", () => {
    expect(SKU_CATALOG.ENTERPRISEPREMIUM.skuId).toBe("c7df2760-2c81-4ef7-b578-5b5392b571df");
    expect(SKU_CATALOG.MCOPSTNC.skuId).toBe("47794cd0-f0e5-45c5-9033-2eb6b5fc84e0");
    // Microsoft's "Product names and service plan identifiers for licensing" CSV (graph-skus.data.ts).
    expect(SKU_CATALOG.ENTERPRISEWITHSCAL.skuId).toBe("1392051d-0cb9-4b7a-88d5-621fee5e8711");
    expect(SKU_CATALOG.EXCHANGEENTERPRISE.skuId).toBe("19ec0d23-8335-4cbd-94ac-6050e30712fa");
    expect(SKU_CATALOG.MCOSTANDARD.skuId).toBe("d42c793f-6c78-4f43-92ca-e8f6a02b035f");
  });

  it("every sku has a distinct GUID skuId and at least one service plan with a GUID id", () => {
    const ids = ALL_SKUS.map((s) => SKU_CATALOG[s].skuId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const sku of ALL_SKUS) {
      expect(SKU_CATALOG[sku].servicePlans.length).toBeGreaterThan(0);
      for (const p of SKU_CATALOG[sku].servicePlans) expect(p.servicePlanId).toMatch(/^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/);
    }
  });

  it("type guards", () => {
    expect(isPlanSku("ENTERPRISEPACK")).toBe(true);
    expect(isPlanSku("MCOEV")).toBe(false);
    expect(isAddonSku("MCOEV")).toBe(true);
    expect(isSkuPartNumber("MCOPSTNPP")).toBe(false);
    expect(isSkuPartNumber("nope")).toBe(false);
    expect(skuName("MCOEV")).toBe("Phone System");
  });
});

describe("planIncludes (catalogue §1)", () => {
  it.each<[PlanSku | null, SkuPartNumber, boolean, string]>([
    ["ENTERPRISEPREMIUM", "MCOMEETADV", true, "R-AC-E5"],
    ["ENTERPRISEPREMIUM", "MCOEV", true, "R-PS-E5"],
    ["ENTERPRISEPREMIUM", "EXCHANGEENTERPRISE", true, "R-VM-E5"],
    ["ENTERPRISEPREMIUM_NOPSTNCONF", "MCOEV", true, "R-PS-E5"],
    ["ENTERPRISEPREMIUM_NOPSTNCONF", "MCOMEETADV", false, "R-AC-E5N-b"],
    ["ENTERPRISEPREMIUM_NOPSTNCONF", "EXCHANGEENTERPRISE", true, "R-VM-E5"],
    ["ENTERPRISEPACK", "EXCHANGEENTERPRISE", true, "A-18"],
    ["ENTERPRISEPACK", "MCOEV", false, "R-PS-E"],
    ["STANDARDPACK", "EXCHANGEENTERPRISE", false, "R-VM-E14"],
    ["ENTERPRISEWITHSCAL", "EXCHANGEENTERPRISE", false, "A-9"],
    ["O365_BUSINESS_PREMIUM", "MCOSTANDARD", true, "R-PS-BP"],
    ["O365_BUSINESS_PREMIUM", "MCOEV", false, "R-PS-BP"],
    ["ENTERPRISEPACK", "ENTERPRISEPACK", false, "a plan doesn't include itself"],
    [null, "MCOEV", false, "R-ADM-1"],
  ])("%s includes %s = %s (%s)", (plan, sku, expected) => {
    expect(planIncludes(plan, sku)).toBe(expected);
  });

  it("no plan includes a Calling Plan or Communications Credits (catalogue §1)", () => {
    for (const plan of PLAN_SKUS) {
      expect(planIncludes(plan, "MCOPSTN1")).toBe(false);
      expect(planIncludes(plan, "MCOPSTN2")).toBe(false);
      expect(planIncludes(plan, "MCOPSTNC")).toBe(false);
    }
  });
});

describe("licensesProvide (per user)", () => {
  it.each<[SkuPartNumber[], Parameters<typeof licensesProvide>[1], boolean]>([
    [["ENTERPRISEPREMIUM"], "phoneSystem", true],
    [["ENTERPRISEPREMIUM"], "audioConferencing", true],
    [["ENTERPRISEPREMIUM_NOPSTNCONF"], "phoneSystem", true],
    [["ENTERPRISEPREMIUM_NOPSTNCONF"], "audioConferencing", false],
    [["ENTERPRISEPACK", "MCOEV"], "phoneSystem", true],
    [["ENTERPRISEPACK"], "phoneSystem", false],
    [["MCOPSTN1"], "callingPlan", true],
    [["MCOPSTN2"], "callingPlan", true],
    [["ENTERPRISEPREMIUM"], "callingPlan", false],
    [["ENTERPRISEPACK"], "exchangePlan2", true],
    [["STANDARDPACK"], "exchangePlan2", false],
    [["STANDARDPACK", "EXCHANGEENTERPRISE"], "exchangePlan2", true],
    [["MCOIMP"], "skypeForBusiness", true],
    [["STANDARDPACK"], "skypeForBusiness", true],
    [["OFFICESUBSCRIPTION"], "skypeForBusiness", false],
    [[], "phoneSystem", false],
  ])("%j -> %s = %s", (licenses, capability, expected) => {
    expect(licensesProvide(licenses, capability)).toBe(expected);
  });
});

describe("MUTUALLY_EXCLUSIVE_GROUPS (graph notes §4.3)", () => {
  const groupOf = (id: string) => MUTUALLY_EXCLUSIVE_GROUPS.find((g) => g.ruleId === id)?.skus ?? [];

  it("every group cites a known sandbox rule and has at least two skus", () => {
    for (const g of MUTUALLY_EXCLUSIVE_GROUPS) {
      expect(RULES[g.ruleId]).toBeDefined();
      expect(g.skus.length).toBeGreaterThanOrEqual(2);
    }
  });

  it("SBX-MX-CALLING-PLAN: MCOPSTN1 vs MCOPSTN2", () => {
    expect(groupOf("SBX-MX-CALLING-PLAN")).toEqual(["MCOPSTN1", "MCOPSTN2"]);
  });

  it("SBX-MX-SUITE: one Enterprise suite per user, but Exchange Plan 2 add-on may join E1 (R-VM-E14)", () => {
    const suite = groupOf("SBX-MX-SUITE");
    for (const sku of ["STANDARDPACK", "ENTERPRISEPACK", "ENTERPRISEWITHSCAL", "ENTERPRISEPREMIUM_NOPSTNCONF", "ENTERPRISEPREMIUM"]) {
      expect(suite).toContain(sku);
    }
    expect(suite).not.toContain("EXCHANGEENTERPRISE");
  });

  it("SBX-MX-SFB: Plan 1 vs Plan 2 and the suites containing Plan 2", () => {
    const sfb = groupOf("SBX-MX-SFB");
    expect(sfb).toContain("MCOIMP");
    expect(sfb).toContain("MCOSTANDARD");
    expect(sfb).toContain("ENTERPRISEPACK");
    expect(sfb).not.toContain("OFFICESUBSCRIPTION");
  });
});
